using System.Text;

namespace OutlookReferralAddin.Core.Archive.SevenZip;

/// <summary>
/// Names and times of all files; files without data come first (see <see cref="SevenZipAesArchive"/>).
/// <code>
/// 05 number                   FilesInfo, NumFiles
/// [0E number &lt;bits&gt;]         EmptyStream: one bit per file, set for files without data
/// [0F number &lt;bits&gt;]         EmptyFile: one bit per empty stream, set = a file, not a directory
/// 11 number 00 &lt;names&gt;       Name: size = 1 + Σ 2 × (UTF-16 length + 1); not external; UTF-16LE, NUL-terminated, '/' separated
/// 14 number 01 00 &lt;u64 × n&gt;  MTime: size = 2 + 8 × n; all defined; not external; FILETIME (100 ns since 1601, UTC)
/// 00                          End
/// </code>
/// </summary>
internal static class FilesInfo
{
    public static void Write(HeaderWriter writer, IReadOnlyList<ArchiveEntry> files)
    {
        writer.Id(PropertyId.FilesInfo);
        writer.Number((ulong)files.Count);

        var emptyStreams = files.Select(file => file.Content.IsEmpty).ToList();
        var emptyCount = emptyStreams.Count(isEmpty => isEmpty);
        if (emptyCount > 0)
        {
            writer.Id(PropertyId.EmptyStream);
            writer.Number((ulong)HeaderWriter.BitsLength(files.Count));
            writer.Bits(emptyStreams);

            // Every empty stream of ours is an empty file: we write no directories.
            writer.Id(PropertyId.EmptyFile);
            writer.Number((ulong)HeaderWriter.BitsLength(emptyCount));
            writer.Bits(Enumerable.Repeat(true, emptyCount).ToList());
        }

        WriteNames(writer, files);
        WriteTimes(writer, files);
        writer.Id(PropertyId.End);
    }

    private static void WriteNames(HeaderWriter writer, IReadOnlyList<ArchiveEntry> files)
    {
        writer.Id(PropertyId.Name);
        writer.Number((ulong)(1 + files.Sum(file => 2 * (file.Name.Length + 1))));
        writer.Byte(0);
        foreach (var file in files)
        {
            writer.Bytes(Encoding.Unicode.GetBytes(file.Name));
            writer.Bytes([0, 0]);
        }
    }

    private static void WriteTimes(HeaderWriter writer, IReadOnlyList<ArchiveEntry> files)
    {
        writer.Id(PropertyId.MTime);
        writer.Number((ulong)(2 + (8 * files.Count)));
        writer.Byte(1);
        writer.Byte(0);
        foreach (var file in files)
        {
            writer.UInt64((ulong)file.LastWriteTime.ToFileTime());
        }
    }
}
