using OutlookReferralAddin.AddinHost.Tests.Manifest;

namespace OutlookReferralAddin.AddinHost.Tests.Events;

/// <summary>
/// The syntax gate (<c>Manifest/events/gate.mjs</c>, acorn with ecmaVersion 2016 and sourceType script) on
/// launchevent.js exactly as the host serves it, origin filled in: classic Outlook on Windows before Version 2403
/// loads only ES2016 and refuses the conditional operator, async/await times the add-in out, and its JavaScript-only
/// runtime allows no import or export
/// (https://learn.microsoft.com/office/dev/add-ins/testing/troubleshoot-event-based-and-spam-reporting-add-ins).
/// The build runs the same gate on what it writes; this proves nothing between the build and Outlook undoes it.
/// </summary>
public sealed class ServedScriptGateTests(ManifestHostFactory factory) : IClassFixture<ManifestHostFactory>
{
    [Fact]
    public async Task ServedEventScript_ThroughTheSyntaxGate_IsAnEs2016ScriptWithoutConditionalsAsyncOrModules()
    {
        using var client = factory.CreateClient();
        var script = await client.GetStringAsync(new Uri("/events/launchevent.js", UriKind.Relative));
        System.IO.Directory.CreateDirectory(ManifestPaths.Out);
        var served = Path.Combine(ManifestPaths.Out, "served-launchevent.js");
        await File.WriteAllTextAsync(served, script);
        var events = Path.Combine(ManifestPaths.Root, "Manifest", "events");

        var (exit, output) = await NodeRunner.RunAsync(
            NodeRunner.Require("node"), [Path.Combine(events, "gate.mjs"), served, "--served"], events, TimeSpan.FromMinutes(1));

        Assert.True(exit == 0, $"the served launchevent.js fails the gate:\n{output}");
        Assert.Contains($"var HOST_ORIGIN = \"{ManifestHostFactory.PublicUrl}\";", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServedEventScript_IsTheBuildOutputOfTheModules()
    {
        using var client = factory.CreateClient();
        var script = await client.GetStringAsync(new Uri("/events/launchevent.js", UriKind.Relative));

        Assert.StartsWith("// Built from Manifest/events/src/*.ts", script, StringComparison.Ordinal);
        Assert.Contains("// src/recipients.ts", script, StringComparison.Ordinal);
        Assert.Contains("// src/completion.ts", script, StringComparison.Ordinal);
    }
}
