namespace OutlookReferralAddin.Core.Archive.SevenZip;

/// <summary>
/// 7z's variable-length number (<c>REAL_UINT64</c> in 7zFormat.txt).
/// <code>
/// first byte   1..n leading 1-bits = n extra bytes; its remaining low bits hold value &gt;&gt; (8 * n)
/// n bytes      the low n bytes of value, little-endian
/// 21 → 15     176 → 80 B0     5040 → 93 B0     16384 → C0 00 40
/// </code>
/// </summary>
internal static class SevenZipNumber
{
    public const int MaxLength = 1 + 8;

    /// <summary>Writes <paramref name="value"/> and returns the number of bytes written (1..9).</summary>
    public static int Write(ulong value, Span<byte> destination)
    {
        var extraBytes = ExtraBytes(value);
        var first = (byte)~(0xFF >> extraBytes);
        if (extraBytes < 8)
        {
            // The bits of the first byte under its 1-prefix carry the high part of the value.
            first |= (byte)(value >> (8 * extraBytes));
        }

        destination[0] = first;
        for (var i = 0; i < extraBytes; i++)
        {
            destination[1 + i] = (byte)(value >> (8 * i));
        }

        return 1 + extraBytes;
    }

    /// <summary>n extra bytes hold values below 2^(7 * (n + 1)); eight extra bytes hold any value.</summary>
    private static int ExtraBytes(ulong value)
    {
        for (var n = 0; n < 8; n++)
        {
            if (value < 1UL << (7 * (n + 1)))
            {
                return n;
            }
        }

        return 8;
    }
}
