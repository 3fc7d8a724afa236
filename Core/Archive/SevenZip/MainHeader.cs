namespace OutlookReferralAddin.Core.Archive.SevenZip;

/// <summary>
/// The plain header, which is then compressed and encrypted like a folder (<see cref="EncodedHeader"/>).
/// <code>
/// 01                    Header
/// [04                   MainStreamsInfo, absent when no file has data
///    &lt;PackInfo&gt;         PackPos 0: the data folder starts right after the signature header
///    &lt;UnpackInfo&gt;
///    &lt;SubStreamsInfo&gt;
///  00]
/// &lt;FilesInfo&gt;
/// 00                    End
/// </code>
/// </summary>
internal static class MainHeader
{
    public static byte[] Create(IReadOnlyList<ArchiveEntry> files, PackedFolder? dataFolder)
    {
        var writer = new HeaderWriter();
        writer.Id(PropertyId.Header);
        if (dataFolder is not null)
        {
            writer.Id(PropertyId.MainStreamsInfo);
            PackInfo.Write(writer, packPosition: 0, dataFolder);
            UnpackInfo.Write(writer, dataFolder);
            SubStreamsInfo.Write(writer, files.Where(file => !file.Content.IsEmpty).ToList());
            writer.Id(PropertyId.End);
        }

        FilesInfo.Write(writer, files);
        writer.Id(PropertyId.End);
        return writer.Written.ToArray();
    }
}
