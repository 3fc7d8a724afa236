using System.Security.Cryptography;
using OutlookReferralAddin.Core.Archive.SevenZip;

namespace OutlookReferralAddin.Core.Archive;

/// <summary>
/// Writes 7z archives as <c>7z a -p -mhe=on</c> does: LZMA, 7zAES, encrypted headers.
/// <code>
/// SignatureHeader            32 bytes, points at the EncodedHeader
/// data folder                all files with data, solid: LZMA, then AES-256-CBC (absent if every file is empty)
/// header folder              the MainHeader (names, sizes, CRCs, times): LZMA, then AES-256-CBC
/// EncodedHeader              the only plain structure: where the header folder is and how to decode it
/// </code>
/// One key is derived per archive; each folder has its own random IV.
/// </summary>
public static class SevenZipAesArchive
{
    public static EncryptedArchive Create(IReadOnlyList<ArchiveEntry> entries, string passphrase)
    {
        EntryValidator.Validate(entries, passphrase);

        // 7-Zip lists empty files before files with data; the data folder holds the rest in order.
        var files = entries.Where(entry => entry.Content.IsEmpty).Concat(entries.Where(entry => !entry.Content.IsEmpty)).ToList();
        var parts = files.Where(file => !file.Content.IsEmpty).Select(file => file.Content).ToList();

        using var aes = CreateAes(passphrase);
        var dataFolder = parts.Count > 0 ? FolderEncoder.Encode(parts, aes) : null;

        var mainHeader = MainHeader.Create(files, dataFolder);
        var headerFolder = FolderEncoder.Encode([mainHeader], aes) with { UnpackCrc = Crc32.Compute(mainHeader) };
        CryptographicOperations.ZeroMemory(mainHeader);

        var dataSize = dataFolder?.Packed.Length ?? 0;
        var encodedHeader = EncodedHeader.Create((ulong)dataSize, headerFolder);

        var content = new byte[SignatureHeader.Size + dataSize + headerFolder.Packed.Length + encodedHeader.Length];
        var rest = content.AsSpan(SignatureHeader.Size);
        dataFolder?.Packed.CopyTo(rest);
        headerFolder.Packed.CopyTo(rest[dataSize..]);
        encodedHeader.CopyTo(rest[(dataSize + headerFolder.Packed.Length)..]);
        SignatureHeader.Write(content, (ulong)(dataSize + headerFolder.Packed.Length), encodedHeader);

        return new EncryptedArchive(content, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    private static Aes CreateAes(string passphrase)
    {
        var key = new byte[SevenZipAesKey.KeySize];
        try
        {
            SevenZipAesKey.Derive(passphrase, key);
            var aes = Aes.Create();
            aes.Key = key;
            return aes;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
