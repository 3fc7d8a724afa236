namespace OutlookReferralAddin.Core.Archive;

/// <summary>Writes 7z archives as <c>7z a -p -mhe=on</c> does: LZMA, 7zAES, encrypted headers.</summary>
public static class SevenZipAesArchive
{
    public static EncryptedArchive Create(IReadOnlyList<ArchiveEntry> entries, string passphrase) =>
        throw new NotImplementedException("Contract stub: implemented by the Core archive work.");
}
