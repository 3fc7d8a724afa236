using System.IO.Compression;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>The task pane's first load (JS + CSS named in taskpane.html, gzipped) stays within its 150 KB budget.</summary>
public sealed partial class BundleSizeTests(ITestOutputHelper output)
{
    private const int BudgetBytes = 150 * 1024;

    [Theory]
    [InlineData("taskpane.html")]
    [InlineData("admin.html")]
    public void Page_BuiltAssets_GzippedWithinBudget(string page)
    {
        var dist = Path.Combine(RepoPaths.ClientApp, "dist");
        var htmlPath = Path.Combine(dist, page);
        Assert.True(File.Exists(htmlPath), $"{htmlPath} missing: the host build runs `npm run build` (ClientApp.targets).");
        var assets = AssetPattern().Matches(File.ReadAllText(htmlPath)).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(assets);

        var total = assets.Sum(a => GzippedLength(Path.Combine(dist, a)));

        output.WriteLine($"{page}: {assets.Count} files, {total / 1024.0:F1} KB gzipped ({string.Join(", ", assets)})");
        Assert.InRange(total, 1, BudgetBytes);
    }

    private static long GzippedLength(string path)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var file = File.OpenRead(path))
        {
            file.CopyTo(gzip);
        }

        return buffer.Length;
    }

    [GeneratedRegex(@"(?:src|href)=""/(assets/[^""]+\.(?:js|css))""")]
    private static partial Regex AssetPattern();
}
