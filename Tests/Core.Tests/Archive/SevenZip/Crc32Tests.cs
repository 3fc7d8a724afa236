using System.Text;
using OutlookReferralAddin.Core.Archive.SevenZip;

namespace OutlookReferralAddin.Core.Tests.Archive.SevenZip;

public sealed class Crc32Tests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("123456789", 0xCBF43926u)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    public void Compute_KnownInput_GivesKnownCrc(string text, uint expected) =>
        Assert.Equal(expected, Crc32.Compute(Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void Compute_RandomBytes_MatchesSharpCompress()
    {
        var data = new byte[10_001];
        new Random(5).NextBytes(data);

        Assert.Equal(SharpCompress.Crypto.Crc32Stream.Compute(data), Crc32.Compute(data));
    }
}
