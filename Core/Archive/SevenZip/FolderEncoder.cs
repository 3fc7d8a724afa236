using System.Numerics;
using System.Security.Cryptography;
using SharpCompress.Compressors.LZMA;

namespace OutlookReferralAddin.Core.Archive.SevenZip;

/// <summary>Compresses a folder's bytes with LZMA and encrypts them with AES-256-CBC under a fresh IV.</summary>
internal static class FolderEncoder
{
    private const int AesBlockSize = 16;
    private const int MinDictionary = 1 << 12;
    private const int MaxDictionary = 1 << 24;

    /// <param name="parts">The folder's plain bytes, in order (the files of a solid folder).</param>
    /// <param name="aes">Carries the archive's key; the IV is chosen here, per folder.</param>
    public static PackedFolder Encode(IReadOnlyList<ReadOnlyMemory<byte>> parts, Aes aes)
    {
        var unpackSize = parts.Sum(part => (long)part.Length);
        // Sized for LZMA's worst case (incompressible data grows slightly) so no stale copies are left behind by growth.
        using var compressed = new MemoryStream((int)(unpackSize + (unpackSize / 64) + 1024));
        byte[] lzmaProperties;
        using (var lzma = LzmaStream.Create(new LzmaEncoderProperties(eos: false, DictionarySize(unpackSize)), false, compressed))
        {
            foreach (var part in parts)
            {
                lzma.Write(part.Span);
            }

            lzmaProperties = lzma.Properties;
        }

        var lzmaSize = compressed.Length;

        // 7zAES pads the last block with zeros (not PKCS#7); readers cut at the LZMA size.
        compressed.SetLength(AlignToBlock(lzmaSize));
        var plain = compressed.GetBuffer().AsSpan(0, (int)compressed.Length);
        var iv = RandomNumberGenerator.GetBytes(AesBlockSize);
        var packed = aes.EncryptCbc(plain, iv, PaddingMode.None);
        CryptographicOperations.ZeroMemory(compressed.GetBuffer());

        return new PackedFolder(packed, lzmaProperties, iv, (ulong)lzmaSize, (ulong)unpackSize);
    }

    private static long AlignToBlock(long size) => (size + AesBlockSize - 1) / AesBlockSize * AesBlockSize;

    /// <summary>Like 7-Zip, no larger dictionary than the data needs: less memory, same ratio.</summary>
    private static int DictionarySize(long unpackSize) =>
        (int)Math.Clamp(BitOperations.RoundUpToPowerOf2((ulong)Math.Max(unpackSize, 1)), MinDictionary, MaxDictionary);
}
