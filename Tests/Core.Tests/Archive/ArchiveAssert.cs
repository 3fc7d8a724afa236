using OutlookReferralAddin.Core.Archive;
using SharpCompress.Archives.SevenZip;
using SharpCompress.Readers;

namespace OutlookReferralAddin.Core.Tests.Archive;

/// <summary>Checks an archive of ours against the entries it was made from, through 7zz or SharpCompress.</summary>
internal static class ArchiveAssert
{
    /// <summary><c>7zz t</c> and <c>7zz x</c>: same names, bytes and modification times.</summary>
    public static void ExtractsWith7zz(EncryptedArchive archive, string passphrase, IReadOnlyList<ArchiveEntry> entries)
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.7z", archive.Content);
        SevenZipCli.Test(path, passphrase).AssertSuccess();

        var output = Path.Combine(temp.Path, "out");
        SevenZipCli.Extract(path, passphrase, output).AssertSuccess();
        var extracted = Directory.GetFiles(output, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(output, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(entries.Select(entry => entry.Name).Order(StringComparer.Ordinal), extracted);
        foreach (var entry in entries)
        {
            var file = Path.Combine(output, entry.Name);
            Assert.True(entry.Content.Span.SequenceEqual(File.ReadAllBytes(file)), $"content of entry '{entry.Name}' differs");
            Assert.Equal(entry.LastWriteTime.UtcDateTime, File.GetLastWriteTimeUtc(file));
        }
    }

    /// <summary>SharpCompress' own reader: same names, bytes and times; every entry flagged encrypted.</summary>
    public static void ReadsWithSharpCompress(EncryptedArchive archive, string passphrase, IReadOnlyList<ArchiveEntry> entries)
    {
        var read = ReadWithSharpCompress(archive, passphrase);
        Assert.Equal(entries.Count, read.Count);
        foreach (var entry in entries)
        {
            Assert.True(read.TryGetValue(entry.Name, out var found), $"entry '{entry.Name}' is missing");
            Assert.True(entry.Content.Span.SequenceEqual(found.Content), $"content of entry '{entry.Name}' differs");
            Assert.Equal(entry.LastWriteTime.UtcDateTime, found.LastModified);
        }
    }

    public static Dictionary<string, (byte[] Content, DateTime? LastModified)> ReadWithSharpCompress(EncryptedArchive archive, string? passphrase)
    {
        using var stream = new MemoryStream(archive.Content);
        using var sevenZip = SevenZipArchive.OpenArchive(stream, new ReaderOptions { Password = passphrase });
        // Empty files have no stream, so nothing of theirs is encrypted but their name, inside the encrypted header.
        Assert.All(sevenZip.Entries.Where(entry => entry.Size > 0), entry => Assert.True(entry.IsEncrypted));
        var result = new Dictionary<string, (byte[], DateTime?)>(StringComparer.Ordinal);
        using var reader = sevenZip.ExtractAllEntries();
        while (reader.MoveToNextEntry())
        {
            using var content = new MemoryStream();
            using (var entryStream = reader.OpenEntryStream())
            {
                entryStream.CopyTo(content);
            }

            result.Add(reader.Entry.Key!, (content.ToArray(), reader.Entry.LastModifiedTime?.ToUniversalTime()));
        }

        return result;
    }
}
