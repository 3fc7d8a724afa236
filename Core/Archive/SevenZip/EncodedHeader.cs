namespace OutlookReferralAddin.Core.Archive.SevenZip;

/// <summary>
/// The only header left in the clear with <c>-mhe=on</c>: it says where the encrypted header folder lies.
/// <code>
/// 17              EncodedHeader
/// &lt;PackInfo&gt;      PackPos = the data folder's packed size: the header folder follows it
/// &lt;UnpackInfo&gt;    the header folder's coders and sizes, with the CRC32 of the plain header
/// 00              End
/// </code>
/// </summary>
internal static class EncodedHeader
{
    public static byte[] Create(ulong packPosition, PackedFolder headerFolder)
    {
        var writer = new HeaderWriter();
        writer.Id(PropertyId.EncodedHeader);
        PackInfo.Write(writer, packPosition, headerFolder);
        UnpackInfo.Write(writer, headerFolder);
        writer.Id(PropertyId.End);
        return writer.Written.ToArray();
    }
}
