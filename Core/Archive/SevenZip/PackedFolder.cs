namespace OutlookReferralAddin.Core.Archive.SevenZip;

/// <summary>
/// One folder after LZMA and AES: <paramref name="Packed"/> is what goes into the file,
/// <paramref name="LzmaSize"/> the LZMA stream length before zero-padding to the AES block,
/// <paramref name="UnpackSize"/> the plain length; <paramref name="UnpackCrc"/> is set only for the header folder.
/// </summary>
internal sealed record PackedFolder(
    byte[] Packed,
    byte[] LzmaProperties,
    byte[] AesIv,
    ulong LzmaSize,
    ulong UnpackSize,
    uint? UnpackCrc = null);
