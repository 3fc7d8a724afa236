using System.IO.Compression;

namespace OutlookReferralAddin.AddinHost.Tests.Manifest;

/// <summary>
/// Renders the manifests through the running host into <c>Manifest/tests/out/</c>, then runs the node tests there
/// (offline schema validation, XML element order, the manifest converter, the compose-window handlers).
/// </summary>
[Collection(Name)]
public sealed class NodeManifestTests(ManifestHostFactory factory) : IClassFixture<ManifestHostFactory>
{
    // Alone, after the parallel tests: the handler tests measure wall-clock time against a one-second budget.
    public const string Name = "Node manifest tests";

    [Fact]
    public async Task NodeTests_OnRenderedManifests_Pass()
    {
        var node = NodeRunner.Require("node");
        await WriteRenderedManifestsAsync();
        await NodeRunner.EnsurePackagesAsync(ManifestPaths.NodeTests);

        var (exit, output) = await NodeRunner.RunAsync(node, ["--test", "--test-concurrency=1"], ManifestPaths.NodeTests, TimeSpan.FromMinutes(3));

        Assert.True(exit == 0, $"node --test failed (exit {exit}):\n{output}");
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }

    private async Task WriteRenderedManifestsAsync()
    {
        using var client = factory.CreateClient();
        var package = Path.Combine(ManifestPaths.Out, "package");
        if (System.IO.Directory.Exists(package))
        {
            System.IO.Directory.Delete(package, recursive: true);
        }

        System.IO.Directory.CreateDirectory(package);
        foreach (var name in new[] { "manifest.xml", "manifest.json" })
        {
            await File.WriteAllBytesAsync(Path.Combine(ManifestPaths.Out, name), await client.GetByteArrayAsync(new Uri("/" + name, UriKind.Relative)));
        }

        await using var zip = await client.GetStreamAsync(new Uri("/manifest.zip", UriKind.Relative));
        await ZipFile.ExtractToDirectoryAsync(zip, package);
    }
}

[CollectionDefinition(NodeManifestTests.Name, DisableParallelization = true)]
public sealed class NodeManifestTestsRunAlone;
