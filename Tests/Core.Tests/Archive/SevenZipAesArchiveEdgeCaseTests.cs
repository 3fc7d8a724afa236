using OutlookReferralAddin.Core.Archive;

namespace OutlookReferralAddin.Core.Tests.Archive;

/// <summary>Sizes around the AES block, empty files, many and large files, non-ASCII names and passphrases.</summary>
public sealed class SevenZipAesArchiveEdgeCaseTests
{
    private const string Passphrase = "c4nz-8wrb-pq6k-d2hy-e9ta";

    public static TheoryData<int> BlockSizes => [1, 15, 16, 17, 31, 32, 33, 4096];

    [Theory]
    [MemberData(nameof(BlockSizes))]
    public void Create_OneFileAroundAesBlockSize_RoundTrips(int length) =>
        AssertRoundTrip([ArchiveSamples.Bytes("data.bin", length, seed: length)], Passphrase);

    [Fact]
    public void Create_OnlyAnEmptyFile_RoundTrips() =>
        AssertRoundTrip([new ArchiveEntry("leeg.txt", ReadOnlyMemory<byte>.Empty, ArchiveSamples.Time)], Passphrase);

    [Fact]
    public void Create_EmptyFilesBetweenFilesWithData_RoundTrips() =>
        AssertRoundTrip(
        [
            ArchiveSamples.Text("a.txt", "eerste"),
            new ArchiveEntry("leeg-1.txt", ReadOnlyMemory<byte>.Empty, ArchiveSamples.Time.AddDays(-3)),
            ArchiveSamples.Bytes("b.bin", 17, seed: 2),
            new ArchiveEntry("map/leeg-2.txt", ReadOnlyMemory<byte>.Empty, ArchiveSamples.Time.AddDays(-2)),
            ArchiveSamples.Text("c.txt", "laatste"),
        ],
        Passphrase);

    [Fact]
    public void Create_TwoHundredFiles_RoundTrips() =>
        AssertRoundTrip(Enumerable.Range(0, 200).Select(i => ArchiveSamples.Bytes($"bestanden/{i:D3}.bin", i * 7, seed: i)).ToList(), Passphrase);

    [Fact]
    public void Create_SeveralMegabytes_RoundTrips()
    {
        var text = string.Concat(Enumerable.Range(0, 60_000).Select(i => $"regel {i}: gegevens van de doorverwijzing\n"));
        AssertRoundTrip(
        [
            ArchiveSamples.Text("groot.txt", text),
            ArchiveSamples.Bytes("willekeurig.bin", 3 * 1024 * 1024, seed: 7),
        ],
        Passphrase);
    }

    [Fact]
    public void Create_NonAsciiNamesAndFolders_RoundTrip() =>
        AssertRoundTrip(
        [
            ArchiveSamples.Text("café-é.txt", "é"),
            ArchiveSamples.Text("Müller/übersicht.txt", "ü"),
            ArchiveSamples.Text("Иванова.vcf", "Кириллица"),
            ArchiveSamples.Text("转介/文件.json", "{}"),
            ArchiveSamples.Text("gezin-👨‍👩‍👧.txt", "emoji 🦄"),
        ],
        Passphrase);

    [Theory]
    [InlineData("é-ü-ø-ß")]
    [InlineData("Пароль-Кириллица")]
    [InlineData("暗号文字列")]
    [InlineData("🦄🔐-non-BMP-𝄞")]
    [InlineData("x")]
    [InlineData("a passphrase with spaces and \"quotes\" and 'single' ones")]
    public void Create_NonAsciiAndUnusualPassphrases_RoundTrip(string passphrase) =>
        AssertRoundTrip(ArchiveSamples.Referral(), passphrase);

    [Fact]
    public void Create_FileTimesWithSubSecondTicks_KeepTheirTicksInSharpCompress()
    {
        var time = new DateTimeOffset(2025, 12, 31, 23, 59, 59, TimeSpan.FromHours(1)).AddTicks(1_234_567);
        var archive = SevenZipAesArchive.Create([new ArchiveEntry("t.txt", new byte[] { 1 }, time)], Passphrase);

        var read = ArchiveAssert.ReadWithSharpCompress(archive, Passphrase);

        Assert.Equal(time.UtcDateTime, read["t.txt"].LastModified);
    }

    private static void AssertRoundTrip(IReadOnlyList<ArchiveEntry> entries, string passphrase)
    {
        var archive = SevenZipAesArchive.Create(entries, passphrase);
        ArchiveAssert.ExtractsWith7zz(archive, passphrase, entries);
        ArchiveAssert.ReadsWithSharpCompress(archive, passphrase, entries);
    }
}
