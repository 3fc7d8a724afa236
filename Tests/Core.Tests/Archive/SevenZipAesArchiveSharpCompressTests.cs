using SharpCompress.Common;
using OutlookReferralAddin.Core.Archive;

namespace OutlookReferralAddin.Core.Tests.Archive;

/// <summary>SharpCompress as a second independent reader, and how it refuses a missing or wrong passphrase.</summary>
public sealed class SevenZipAesArchiveSharpCompressTests
{
    private const string Passphrase = "m3fs-7ktx-bw2c-9qhn-r4ja";

    [Fact]
    public void Create_WrongPassphrase_SharpCompressThrowsCryptographicException()
    {
        var archive = SevenZipAesArchive.Create(ArchiveSamples.Referral(), Passphrase);

        var error = Assert.Throws<CryptographicException>(() => ArchiveAssert.ReadWithSharpCompress(archive, "m3fs-7ktx-bw2c-9qhn-r4jb"));

        Assert.Contains("Incorrect password", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Create_NoPassphrase_SharpCompressThrowsCryptographicException()
    {
        var archive = SevenZipAesArchive.Create(ArchiveSamples.Referral(), Passphrase);

        var error = Assert.Throws<CryptographicException>(() => ArchiveAssert.ReadWithSharpCompress(archive, null));

        Assert.Contains("no password", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Create_ManyFiles_SharpCompressReadsThemInOrderWithEmptyFilesFirst()
    {
        IReadOnlyList<ArchiveEntry> entries =
        [
            ArchiveSamples.Text("1.txt", "een"),
            new ArchiveEntry("leeg.txt", ReadOnlyMemory<byte>.Empty, ArchiveSamples.Time),
            ArchiveSamples.Text("2.txt", "twee"),
        ];
        var archive = SevenZipAesArchive.Create(entries, Passphrase);

        var read = ArchiveAssert.ReadWithSharpCompress(archive, Passphrase);

        Assert.Equal(["leeg.txt", "1.txt", "2.txt"], read.Keys);
    }
}
