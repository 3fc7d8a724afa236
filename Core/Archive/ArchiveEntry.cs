namespace OutlookReferralAddin.Core.Archive;

/// <summary>One file to put in an archive. <see cref="Name"/> uses '/' as separator.</summary>
public sealed record ArchiveEntry(string Name, ReadOnlyMemory<byte> Content, DateTimeOffset LastWriteTime);

/// <summary>An AES-256 encrypted 7z archive and the lowercase hex SHA-256 of its bytes.</summary>
public sealed record EncryptedArchive(byte[] Content, string Sha256);
