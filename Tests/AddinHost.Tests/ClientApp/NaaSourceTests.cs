using OutlookReferralAddin.AddinHost.Tests.Manifest;

namespace OutlookReferralAddin.AddinHost.Tests.ClientApp;

/// <summary>
/// The task pane's nested-app-authentication source (<c>AddinHost/ClientApp/src/auth/naa-source.ts</c>), compiled
/// alone with the pane's own TypeScript and run under <c>node --test</c> against a stand-in MSAL: when the popup fails
/// with <c>popup_window_error</c> it signs in through the Office dialog, as Microsoft's Outlook NAA sample does.
/// </summary>
public sealed class NaaSourceTests
{
    private static string ClientApp => Path.Combine(ManifestPaths.Root, "AddinHost", "ClientApp");

    [Fact]
    public async Task NaaSource_PopupWindowError_FallsBackToTheOfficeDialog()
    {
        var out_ = Path.Combine(ClientApp, "tests", "out");
        if (System.IO.Directory.Exists(out_))
        {
            System.IO.Directory.Delete(out_, recursive: true);
        }

        // The host's build ran npm ci in ClientApp, so its TypeScript is there.
        var (tscExit, tscOutput) = await NodeRunner.RunAsync(
            NodeRunner.Require("node"),
            [Path.Combine(ClientApp, "node_modules", "typescript", "bin", "tsc"), "--ignoreConfig", "--noResolve", "--noCheck",
             "--outDir", out_, "--module", "esnext", "--target", "es2022", Path.Combine("src", "auth", "naa-source.ts")],
            ClientApp,
            TimeSpan.FromMinutes(2));
        Assert.True(tscExit == 0, $"tsc failed (exit {tscExit}):\n{tscOutput}");

        var (exit, output) = await NodeRunner.RunAsync(
            NodeRunner.Require("node"), ["--test", Path.Combine("tests", "naa-source.test.mjs")], ClientApp, TimeSpan.FromMinutes(2));

        Assert.True(exit == 0, $"node --test failed (exit {exit}):\n{output}");
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }
}
