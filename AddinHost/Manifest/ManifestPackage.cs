using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OutlookReferralAddin.AddinHost.Manifest;

/// <summary>
/// The unified manifest's app package for the Microsoft 365 admin center: <c>manifest.json</c> at the root,
/// next to the files it names by relative path (the two app icons and the English strings).
/// </summary>
internal static class ManifestPackage
{
    // Relaxed escaping keeps the Dutch texts readable ("geïnformeerde", not "ge\u00EFnformeerde"); the output is a file, never HTML.
    internal static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Build(AddinDefinition addin, ManifestTarget target)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(UnifiedManifestRenderer.Render(addin, target), Indented));
            Add(zip, UnifiedManifestRenderer.EnglishFile, JsonSerializer.SerializeToUtf8Bytes(UnifiedManifestRenderer.RenderEnglish(addin), Indented));
            Add(zip, addin.Icons.UnifiedColor, ManifestAssets.ReadBytes("icons/" + addin.Icons.UnifiedColor));
            Add(zip, addin.Icons.UnifiedOutline, ManifestAssets.ReadBytes("icons/" + addin.Icons.UnifiedOutline));
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }
}
