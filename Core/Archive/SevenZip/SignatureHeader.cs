using System.Buffers.Binary;

namespace OutlookReferralAddin.Core.Archive.SevenZip;

/// <summary>
/// The fixed start of every 7z file.
/// <code>
/// offset size
///  0      6   signature 37 7A BC AF 27 1C ('7z' BC AF 27 1C)
///  6      2   format version 00 04
///  8      4   StartHeaderCRC: CRC32 of bytes 12..31
/// 12      8   NextHeaderOffset, counted from byte 32
/// 20      8   NextHeaderSize
/// 28      4   NextHeaderCRC: CRC32 of the next header
/// </code>
/// </summary>
internal static class SignatureHeader
{
    public const int Size = 6 + 2 + 4 + 8 + 8 + 4;

    private static ReadOnlySpan<byte> Signature => [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C];

    public static void Write(Span<byte> destination, ulong nextHeaderOffset, ReadOnlySpan<byte> nextHeader)
    {
        var header = destination[..Size];
        Signature.CopyTo(header);
        header[6] = 0;
        header[7] = 4;
        BinaryPrimitives.WriteUInt64LittleEndian(header[12..], nextHeaderOffset);
        BinaryPrimitives.WriteUInt64LittleEndian(header[20..], (ulong)nextHeader.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[28..], Crc32.Compute(nextHeader));
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], Crc32.Compute(header[12..Size]));
    }
}
