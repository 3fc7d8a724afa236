namespace OutlookReferralAddin.Core.Archive.SevenZip;

/// <summary>
/// Refuses what 7-Zip would extract badly or dangerously. Messages name the entry by index only:
/// names, contents and the passphrase may be client data.
/// </summary>
internal static class EntryValidator
{
    /// <summary>Archives are built in memory, in arrays; referrals are a few kilobytes.</summary>
    public const long MaxTotalSize = 512L * 1024 * 1024;

    private static readonly DateTimeOffset FileTimeEpoch = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Validate(IReadOnlyList<ArchiveEntry> entries, string passphrase)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrWhiteSpace(passphrase);
        if (!IsWellFormedUtf16(passphrase))
        {
            throw new ArgumentException("The passphrase is not valid UTF-16 text.", nameof(passphrase));
        }

        if (entries.Count == 0)
        {
            throw new ArgumentException("An archive needs at least one entry.", nameof(entries));
        }

        if (entries.Sum(entry => (long)(entry?.Content.Length ?? 0)) > MaxTotalSize)
        {
            throw new ArgumentException($"The entries hold more than {MaxTotalSize} bytes together.", nameof(entries));
        }

        // Windows and 7-Zip on Windows treat names case-insensitively: such twins would overwrite each other.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i] ?? throw new ArgumentException($"Entry {i} is null.", nameof(entries));
            if (NameProblem(entry.Name) is { } problem)
            {
                throw new ArgumentException($"Entry {i} has an invalid name: {problem}.", nameof(entries));
            }

            if (!seen.Add(entry.Name))
            {
                throw new ArgumentException($"Entry {i} has the same name as an earlier entry.", nameof(entries));
            }

            if (entry.LastWriteTime < FileTimeEpoch)
            {
                throw new ArgumentException($"Entry {i} has a time before 1601, which 7z cannot store.", nameof(entries));
            }
        }
    }

    private static string? NameProblem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "it is empty";
        }

        if (!IsWellFormedUtf16(name) || name.Any(char.IsControl))
        {
            return "it contains control characters or broken UTF-16";
        }

        if (name.Contains('\\', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal))
        {
            return "use '/' as the only separator, without drive letters or ':'";
        }

        if (name.StartsWith('/'))
        {
            return "it is an absolute path";
        }

        var segments = name.Split('/');
        return segments.Any(segment => segment.Length == 0 || segment is "." or "..")
            ? "it has an empty, '.' or '..' path segment"
            : null;
    }

    private static bool IsWellFormedUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
