using System.Text;

namespace OutlookReferralAddin.AddinHost.Tests.Load;

/// <summary>Looks for personal values (case-insensitive) in texts and in file bytes; reports where, never the value.</summary>
public sealed class PrivacyScanner(IEnumerable<string> values)
{
    private readonly string[] _values = [.. values.Where(v => v.Length >= 4).Distinct(StringComparer.OrdinalIgnoreCase)];

    public int Values => _values.Length;

    public int Haystacks { get; private set; }

    public List<string> Hits { get; } = [];

    public void Text(string name, string text)
    {
        Haystacks++;
        foreach (var value in _values)
        {
            var at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                Hits.Add($"{name}@{at} (value of length {value.Length})");
            }
        }
    }

    /// <summary>A database file and its WAL/SHM companions, read as UTF-8 (SQLite stores text as UTF-8).</summary>
    public void DatabaseFiles(string file)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" }.Where(File.Exists))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Text(Path.GetFileName(path), Encoding.UTF8.GetString(copy.ToArray()));
        }
    }

    public override string ToString() => $"values={Values} haystacks={Haystacks} hits={Hits.Count}: {string.Join("; ", Hits.Take(10))}";
}
