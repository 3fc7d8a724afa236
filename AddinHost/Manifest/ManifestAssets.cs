using System.Collections.Concurrent;

namespace OutlookReferralAddin.AddinHost.Manifest;

/// <summary>
/// Files from <c>Manifest/</c> embedded in the assembly (see AddinHost.csproj), so a published host serves exactly
/// what was built and tests need no content root.
/// </summary>
internal static class ManifestAssets
{
    private const string Prefix = "Manifest/";
    private static readonly ConcurrentDictionary<string, byte[]?> Cache = new(StringComparer.Ordinal);

    /// <summary>The asset's bytes, or null when no such asset was embedded.</summary>
    public static byte[]? TryReadBytes(string relativePath) =>
        Cache.GetOrAdd(relativePath, static path =>
        {
            using var stream = typeof(ManifestAssets).Assembly.GetManifestResourceStream(Prefix + path);
            if (stream is null)
            {
                return null;
            }

            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });

    public static byte[] ReadBytes(string relativePath) =>
        TryReadBytes(relativePath) ?? throw new InvalidOperationException($"Embedded asset Manifest/{relativePath} is missing.");

    public static string ReadText(string relativePath) => System.Text.Encoding.UTF8.GetString(ReadBytes(relativePath));
}
