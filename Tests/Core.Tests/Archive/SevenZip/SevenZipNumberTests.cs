using OutlookReferralAddin.Core.Archive.SevenZip;

namespace OutlookReferralAddin.Core.Tests.Archive.SevenZip;

public sealed class SevenZipNumberTests
{
    [Theory]
    [InlineData(0UL, "00")]
    [InlineData(21UL, "15")]
    [InlineData(127UL, "7F")]
    [InlineData(128UL, "8080")]
    [InlineData(176UL, "80B0")]
    [InlineData(5040UL, "93B0")]
    [InlineData(16383UL, "BFFF")]
    [InlineData(16384UL, "C00040")]
    [InlineData(0x1F_FFFFUL, "DFFFFF")]
    [InlineData(0x20_0000UL, "E0000020")]
    [InlineData(0x00FF_FFFF_FFFF_FFFFUL, "FEFFFFFFFFFFFFFF")]
    [InlineData(0x0100_0000_0000_0000UL, "FF0000000000000001")]
    [InlineData(ulong.MaxValue, "FFFFFFFFFFFFFFFFFF")]
    public void Write_Value_GivesThe7zEncoding(ulong value, string expected)
    {
        var buffer = new byte[SevenZipNumber.MaxLength];

        var length = SevenZipNumber.Write(value, buffer);

        Assert.Equal(expected, Convert.ToHexString(buffer, 0, length));
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(300UL)]
    [InlineData(123_456_789UL)]
    [InlineData(ulong.MaxValue - 1)]
    public void Write_Value_DecodesBackWithThe7zFormatRule(ulong value)
    {
        var buffer = new byte[SevenZipNumber.MaxLength];
        SevenZipNumber.Write(value, buffer);

        Assert.Equal(value, Decode(buffer));
    }

    /// <summary>7zFormat.txt's reading rule, independent of the writer's loop.</summary>
    private static ulong Decode(byte[] bytes)
    {
        var first = bytes[0];
        var mask = 0x80;
        ulong value = 0;
        for (var i = 0; i < 8; i++)
        {
            if ((first & mask) == 0)
            {
                var high = (ulong)(first & (mask - 1));
                return value | (high << (8 * i));
            }

            value |= (ulong)bytes[1 + i] << (8 * i);
            mask >>= 1;
        }

        return value;
    }
}
