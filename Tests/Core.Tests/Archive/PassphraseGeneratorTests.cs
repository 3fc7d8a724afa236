using OutlookReferralAddin.Core.Archive;

namespace OutlookReferralAddin.Core.Tests.Archive;

public sealed class PassphraseGeneratorTests
{
    [Fact]
    public void Generate_Always_IsFiveGroupsOfFourJoinedByDashes()
    {
        var passphrase = PassphraseGenerator.Generate();

        Assert.Matches("^[a-z2-9]{4}(-[a-z2-9]{4}){4}$", passphrase);
    }

    [Fact]
    public void Generate_Always_UsesNoAmbiguousCharacters()
    {
        var characters = string.Concat(Enumerable.Range(0, 500).Select(_ => PassphraseGenerator.Generate()));

        Assert.DoesNotContain(characters, c => "0oO1lIi".Contains(c, StringComparison.Ordinal));
        Assert.All(characters.Where(c => c != '-'), c => Assert.Contains(c, PassphraseGenerator.Alphabet));
    }

    [Fact]
    public void Alphabet_HasNoRepeatsAndNoAmbiguousCharacters()
    {
        Assert.Equal(PassphraseGenerator.Alphabet.Length, PassphraseGenerator.Alphabet.Distinct().Count());
        Assert.Equal(31, PassphraseGenerator.Alphabet.Length);
        Assert.DoesNotContain(PassphraseGenerator.Alphabet, c => "0oO1lIi-".Contains(c, StringComparison.Ordinal));
    }

    [Fact]
    public void EntropyBits_IsAtLeast80()
    {
        var symbols = PassphraseGenerator.Generate().Count(c => c != '-');

        var bits = symbols * Math.Log2(PassphraseGenerator.Alphabet.Length);

        Assert.True(bits >= 80, $"{bits:F1} bits");
        Assert.Equal(bits, PassphraseGenerator.EntropyBits, precision: 6);
    }

    [Fact]
    public void Generate_TenThousandTimes_AllDistinctAndEveryCharacterUsed()
    {
        var passphrases = Enumerable.Range(0, 10_000).Select(_ => PassphraseGenerator.Generate()).ToList();

        Assert.Equal(passphrases.Count, passphrases.Distinct(StringComparer.Ordinal).Count());
        var counts = passphrases.SelectMany(p => p.Where(c => c != '-')).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(PassphraseGenerator.Alphabet.Length, counts.Count);

        // 200,000 draws over 31 symbols: about 6,452 each; a biased generator would drift far outside ±10 %.
        Assert.All(counts.Values, count => Assert.InRange(count, 5_800, 7_100));
    }

    [Fact]
    public void Generate_Passphrase_OpensAnArchiveIn7zz()
    {
        var passphrase = PassphraseGenerator.Generate();
        var entries = ArchiveSamples.Referral();

        ArchiveAssert.ExtractsWith7zz(SevenZipAesArchive.Create(entries, passphrase), passphrase, entries);
    }

    [Fact]
    public void Generate_Passphrase_IsTypedWithItsDashes()
    {
        var passphrase = PassphraseGenerator.Generate();
        using var temp = new TempDirectory();
        var path = temp.Write("a.7z", SevenZipAesArchive.Create(ArchiveSamples.Referral(), passphrase).Content);

        var withoutDashes = SevenZipCli.Test(path, passphrase.Replace("-", string.Empty, StringComparison.Ordinal));

        Assert.NotEqual(0, withoutDashes.ExitCode);
        SevenZipCli.Test(path, passphrase).AssertSuccess();
    }
}
