using System.Buffers.Binary;
using OutlookReferralAddin.Core.Archive.SevenZip;

namespace OutlookReferralAddin.Core.Tests.Archive.SevenZip;

public sealed class SignatureHeaderTests
{
    [Fact]
    public void Write_Header_HasSignatureVersionOffsetsAndCrcs()
    {
        var buffer = new byte[SignatureHeader.Size];
        byte[] next = [0x17, 0x06, 0x80, 0xB0, 0x01];

        SignatureHeader.Write(buffer, nextHeaderOffset: 5040, next);

        Assert.Equal(32, SignatureHeader.Size);
        Assert.Equal("377ABCAF271C0004", Convert.ToHexString(buffer, 0, 8));
        Assert.Equal(5040UL, BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(12)));
        Assert.Equal(5UL, BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(20)));
        Assert.Equal(SharpCompress.Crypto.Crc32Stream.Compute(next), BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(28)));
        Assert.Equal(SharpCompress.Crypto.Crc32Stream.Compute(buffer[12..32]), BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(8)));
    }
}
