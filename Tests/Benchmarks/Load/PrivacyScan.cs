using System.Buffers;
using System.Text;

namespace OutlookReferralAddin.Benchmarks.Load;

/// <summary>Searches texts and file bytes for any personal value or passphrase (case-insensitive, many needles at once).</summary>
internal sealed class PrivacyScan(IEnumerable<string> needles)
{
    private readonly string[] _needles = [.. needles.Where(n => n.Length >= 4).Distinct(StringComparer.OrdinalIgnoreCase)];
    private SearchValues<string>? _values;

    public int Values => _needles.Length;

    public int Haystacks { get; private set; }

    public long Bytes { get; private set; }

    public List<string> Hits { get; } = [];

    public void Text(string name, string text)
    {
        Haystacks++;
        Bytes += text.Length;
        var values = _values ??= SearchValues.Create(_needles, StringComparison.OrdinalIgnoreCase);
        var span = text.AsSpan();
        var at = 0;
        while (at < span.Length)
        {
            var found = span[at..].IndexOfAny(values);
            if (found < 0)
            {
                break;
            }

            var position = at + found;
            var length = _needles.Where(n => text.AsSpan(position).StartsWith(n, StringComparison.OrdinalIgnoreCase)).Max(n => n.Length);
            Hits.Add($"{name}@{position}: value of length {length}");
            at = position + 1;
        }
    }

    public void File(string path)
    {
        if (System.IO.File.Exists(path))
        {
            Text(Path.GetFileName(path), Encoding.UTF8.GetString(System.IO.File.ReadAllBytes(path)));
        }
    }
}
