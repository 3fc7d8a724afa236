namespace OutlookReferralAddin.Core.Archive.SevenZip;

/// <summary>
/// How the one solid folder splits into files, and each file's CRC.
/// <code>
/// 08                     SubStreamsInfo
/// [0D number]            NumUnpackStream, only when the folder holds more than one file
/// [09 number × (n - 1)]  Size of every file but the last (the last takes the rest)
/// 0A 01 &lt;u32 × n&gt;        Crc per file, all defined
/// 00                     End
/// </code>
/// </summary>
internal static class SubStreamsInfo
{
    public static void Write(HeaderWriter writer, IReadOnlyList<ArchiveEntry> filesWithData)
    {
        writer.Id(PropertyId.SubStreamsInfo);
        if (filesWithData.Count != 1)
        {
            writer.Id(PropertyId.NumUnpackStream);
            writer.Number((ulong)filesWithData.Count);
            writer.Id(PropertyId.Size);
            for (var i = 0; i < filesWithData.Count - 1; i++)
            {
                writer.Number((ulong)filesWithData[i].Content.Length);
            }
        }

        writer.Id(PropertyId.Crc);
        writer.Byte(1);
        foreach (var file in filesWithData)
        {
            writer.UInt32(Crc32.Compute(file.Content.Span));
        }

        writer.Id(PropertyId.End);
    }
}
