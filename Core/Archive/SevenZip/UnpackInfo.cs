namespace OutlookReferralAddin.Core.Archive.SevenZip;

/// <summary>
/// The folder's coders and the size each coder produces.
/// <code>
/// 07                UnpackInfo
/// 0B 01 00          Folder, one folder, not external
/// &lt;FolderCoders&gt;
/// 0C                CodersUnpackSize, in coder order:
/// number              AES output = the LZMA stream length (before padding)
/// number              LZMA output = the plain length
/// [0A 01 &lt;u32&gt;]    Crc of the plain folder, all defined (only for the header folder)
/// 00                End
/// </code>
/// </summary>
internal static class UnpackInfo
{
    public static void Write(HeaderWriter writer, PackedFolder folder)
    {
        writer.Id(PropertyId.UnpackInfo);
        writer.Id(PropertyId.Folder);
        writer.Number(1);
        writer.Byte(0);
        FolderCoders.Write(writer, folder);

        writer.Id(PropertyId.CodersUnpackSize);
        writer.Number(folder.LzmaSize);
        writer.Number(folder.UnpackSize);

        if (folder.UnpackCrc is { } crc)
        {
            writer.Id(PropertyId.Crc);
            writer.Byte(1);
            writer.UInt32(crc);
        }

        writer.Id(PropertyId.End);
    }
}
