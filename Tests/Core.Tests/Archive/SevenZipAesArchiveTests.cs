using System.Security.Cryptography;
using OutlookReferralAddin.Core.Archive;

namespace OutlookReferralAddin.Core.Tests.Archive;

/// <summary>Round trips through real 7-Zip: what the OCMW's social worker will open.</summary>
public sealed class SevenZipAesArchiveTests
{
    private const string Passphrase = "k7qm-x4ps-9dvw-hhb3-t2ne";

    [Fact]
    public void Create_Referral_ExtractsWith7zzAndSharpCompress()
    {
        var entries = ArchiveSamples.Referral();
        var archive = SevenZipAesArchive.Create(entries, Passphrase);

        ArchiveAssert.ExtractsWith7zz(archive, Passphrase, entries);
        ArchiveAssert.ReadsWithSharpCompress(archive, Passphrase, entries);
    }

    [Fact]
    public void Create_Referral_7zzListsLzmaAnd7zAesWithCrcs()
    {
        var entries = ArchiveSamples.Referral();
        using var temp = new TempDirectory();
        var path = temp.Write("a.7z", SevenZipAesArchive.Create(entries, Passphrase).Content);

        var listing = SevenZipCli.ListTechnical(path, Passphrase).AssertSuccess();

        Assert.Contains("Method = LZMA:", listing.Output, StringComparison.Ordinal);
        Assert.Contains("7zAES", listing.Output, StringComparison.Ordinal);
        Assert.Contains("Solid = +", listing.Output, StringComparison.Ordinal);
        Assert.Contains("Blocks = 1", listing.Output, StringComparison.Ordinal);
        var files = listing.FileBlocks();
        Assert.Equal(entries.Count, files.Count);
        foreach (var entry in entries)
        {
            var file = Assert.Single(files, block => block["Path"] == entry.Name);
            Assert.Equal("+", file["Encrypted"]);
            Assert.Matches("^LZMA:[0-9a-z]+ 7zAES:19$", file["Method"]);
            Assert.Equal(entry.Content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), file["Size"]);
            Assert.Equal(SharpCompress.Crypto.Crc32Stream.Compute(entry.Content.ToArray()).ToString("X8", System.Globalization.CultureInfo.InvariantCulture), file["CRC"]);
        }
    }

    [Fact]
    public void Create_ListedWithoutPassphrase_ShowsNoFileNames()
    {
        var entries = ArchiveSamples.Referral();
        using var temp = new TempDirectory();
        var path = temp.Write("a.7z", SevenZipAesArchive.Create(entries, Passphrase).Content);

        var listing = SevenZipCli.ListWithoutPassphrase(path);

        Assert.NotEqual(0, listing.ExitCode);
        foreach (var entry in entries)
        {
            Assert.DoesNotContain(entry.Name, listing.Output + listing.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Create_WrongPassphrase_7zzFailsAndExtractsNothing()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.7z", SevenZipAesArchive.Create(ArchiveSamples.Referral(), Passphrase).Content);

        var test = SevenZipCli.Test(path, "k7qm-x4ps-9dvw-hhb3-t2nf");
        var list = SevenZipCli.ListTechnical(path, "wrong");

        Assert.NotEqual(0, test.ExitCode);
        Assert.NotEqual(0, list.ExitCode);
        Assert.Contains("Wrong password", test.Output + test.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("doorverwijzing.txt", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SameInputTwice_GivesDifferentBytesAndMatchingSha256()
    {
        var entries = ArchiveSamples.Referral();

        var first = SevenZipAesArchive.Create(entries, Passphrase);
        var second = SevenZipAesArchive.Create(entries, Passphrase);

        Assert.False(first.Content.AsSpan().SequenceEqual(second.Content), "a fresh IV per archive must change the ciphertext");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(first.Content)), first.Sha256);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(second.Content)), second.Sha256);
        Assert.NotEqual(first.Sha256, second.Sha256);
    }

    [Fact]
    public void Create_Referral_ContainsNoPlainNamesOrContent()
    {
        var entries = ArchiveSamples.Referral();
        var content = SevenZipAesArchive.Create(entries, Passphrase).Content;

        foreach (var needle in new[] { "doorverwijzing", "client.vcf", "Janssens" })
        {
            Assert.Equal(-1, content.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes(needle)));
            Assert.Equal(-1, content.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(needle)));
        }
    }
}
