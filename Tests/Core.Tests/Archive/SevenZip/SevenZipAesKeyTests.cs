using System.Security.Cryptography;
using System.Text;
using OutlookReferralAddin.Core.Archive.SevenZip;

namespace OutlookReferralAddin.Core.Tests.Archive.SevenZip;

public sealed class SevenZipAesKeyTests
{
    [Fact]
    public void Derive_PassNoSalt19Cycles_MatchesKnownVector()
    {
        var key = new byte[32];

        SevenZipAesKey.Derive("PASS", key);

        Assert.Equal("29A00BE2E6404DDD2FDAD5C24C879175E414FFF8BCBC86F89500AA97E0A1FBC8", Convert.ToHexString(key));
    }

    [Theory]
    [InlineData("PASS", 0)]
    [InlineData("PASS", 3)]
    [InlineData("k7qm-x4ps-9dvw-hhb3-t2ne", 10)]
    [InlineData("🦄é", 7)]
    [InlineData("a", 12)]
    public void Derive_AnyPassphraseAndCycles_EqualsTheRoundByRoundDefinition(string passphrase, int cycles)
    {
        var key = new byte[32];

        SevenZipAesKey.Derive(passphrase, key, cycles);

        Assert.Equal(RoundByRound(passphrase, cycles), key);
    }

    [Fact]
    public void Derive_WrongKeyLength_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SevenZipAesKey.Derive("PASS", new byte[16]));

    /// <summary>The definition from 7-Zip's 7zAes.cpp, written plainly: one SHA-256 over all rounds.</summary>
    private static byte[] RoundByRound(string passphrase, int cycles)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var password = Encoding.Unicode.GetBytes(passphrase);
        for (ulong round = 0; round < 1UL << cycles; round++)
        {
            sha.AppendData(password);
            sha.AppendData(BitConverter.GetBytes(round));
        }

        return sha.GetHashAndReset();
    }
}
