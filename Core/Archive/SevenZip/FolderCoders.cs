namespace OutlookReferralAddin.Core.Archive.SevenZip;

/// <summary>
/// One folder: LZMA then 7zAES, listed in decoder order (AES first).
/// <code>
/// 02                          NumCoders
/// 24 06 F1 07 01              flags: id size 4 | 0x20 has properties; 7zAES id
/// 12 53 0F &lt;16 IV bytes&gt;      2 + 16 property bytes: NumCyclesPower 19 | 0x40 IV follows; IV size - 1
/// 23 03 01 01                 flags: id size 3 | 0x20 has properties; LZMA id
/// 05 &lt;5 LZMA property bytes&gt;
/// 01 00                       bind pair: LZMA's input (in-stream 1) ← AES's output (out-stream 0)
/// </code>
/// One packed stream (AES's input), so no packed-stream index list.
/// </summary>
internal static class FolderCoders
{
    private const byte HasProperties = 0x20;

    private static ReadOnlySpan<byte> AesId => [0x06, 0xF1, 0x07, 0x01];

    private static ReadOnlySpan<byte> LzmaId => [0x03, 0x01, 0x01];

    public static void Write(HeaderWriter writer, PackedFolder folder)
    {
        writer.Number(2);

        writer.Byte((byte)(AesId.Length | HasProperties));
        writer.Bytes(AesId);
        writer.Number((ulong)(2 + folder.AesIv.Length));
        writer.Byte(SevenZipAesKey.NumCyclesPower | 0x40);
        writer.Byte((byte)(folder.AesIv.Length - 1));
        writer.Bytes(folder.AesIv);

        writer.Byte((byte)(LzmaId.Length | HasProperties));
        writer.Bytes(LzmaId);
        writer.Number((ulong)folder.LzmaProperties.Length);
        writer.Bytes(folder.LzmaProperties);

        writer.Number(1);
        writer.Number(0);
    }
}
