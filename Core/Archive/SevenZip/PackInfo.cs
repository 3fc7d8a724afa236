namespace OutlookReferralAddin.Core.Archive.SevenZip;

/// <summary>
/// Where the packed streams lie. We always write one packed stream per block (the AES output).
/// <code>
/// 06            PackInfo
/// number        PackPos, from the end of the signature header
/// 01            NumPackStreams
/// 09            Size
/// number        PackSize (a multiple of 16: AES blocks)
/// 00            End (7-Zip writes no packed-stream CRCs)
/// </code>
/// </summary>
internal static class PackInfo
{
    public static void Write(HeaderWriter writer, ulong packPosition, PackedFolder folder)
    {
        writer.Id(PropertyId.PackInfo);
        writer.Number(packPosition);
        writer.Number(1);
        writer.Id(PropertyId.Size);
        writer.Number((ulong)folder.Packed.Length);
        writer.Id(PropertyId.End);
    }
}
