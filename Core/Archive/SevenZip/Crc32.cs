namespace OutlookReferralAddin.Core.Archive.SevenZip;

/// <summary>CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) as 7z stores it for files and headers.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = CreateTable();

    public static uint Compute(ReadOnlySpan<byte> data) => ~Append(uint.MaxValue, data);

    /// <summary>Continues a running (not yet inverted) CRC; start with <see cref="uint.MaxValue"/>, invert at the end.</summary>
    public static uint Append(uint running, ReadOnlySpan<byte> data)
    {
        foreach (var b in data)
        {
            running = Table[(byte)(running ^ b)] ^ (running >> 8);
        }

        return running;
    }

    private static uint[] CreateTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < table.Length; i++)
        {
            var entry = i;
            for (var bit = 0; bit < 8; bit++)
            {
                entry = (entry & 1) != 0 ? (entry >> 1) ^ 0xEDB88320u : entry >> 1;
            }

            table[i] = entry;
        }

        return table;
    }
}
