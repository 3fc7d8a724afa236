using System.Text.Json;
using OutlookReferralAddin.AddinHost.Tests.Manifest;

namespace OutlookReferralAddin.AddinHost.Tests.Events;

/// <summary>
/// launchevent.js as served by the real host, run the way classic Outlook for Windows runs it
/// (<c>Manifest/tests/support/classic-runtime.mjs</c>): no DOM, no localStorage, and full CORS with the add-in's own
/// origin plus a trailing slash, refusing answers without a matching <c>Access-Control-Allow-Origin</c>.
/// </summary>
public sealed class ClassicRuntimeTests : IAsyncLifetime
{
    private const string Allowed = "socialedienst@kluisbergen.be";
    private const string Lookalike = "socialedienst@kluisbergen-be.com";

    private readonly EventHostFactory _host = new();

    public async Task InitializeAsync()
    {
        _host.Start();
        // Warm the host (JIT, database) so the script's 3 s budget measures CORS, not a cold start on a busy machine.
        using var client = new HttpClient { BaseAddress = _host.BaseAddress };
        using var warm = await client.PostAsync(new Uri("/api/recipients/screen", UriKind.Relative), new StringContent("{\"recipients\":[\"a@b.be\"]}", System.Text.Encoding.UTF8, "application/json"));
        (await client.GetAsync(new Uri("/api/directory", UriKind.Relative))).Dispose();
    }

    [Fact]
    public async Task OnMessageSend_LookalikeInClassicRuntime_IsBlockedWithTheHostsSuggestion()
    {
        var result = await RunAsync(new { to = new[] { Lookalike }, attachments = Array.Empty<string>() });

        var options = result.GetProperty("options");
        Assert.False(options.GetProperty("allowEvent").GetBoolean());
        Assert.Contains(Allowed, options.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.False(options.TryGetProperty("sendModeOverride", out _), result.ToString());
        var screen = Request(result, "/api/recipients/screen");
        Assert.Equal(204, screen.GetProperty("preflight").GetProperty("status").GetInt32());
        Assert.Equal(Origin + "/", screen.GetProperty("allowOrigin").GetString());
        Assert.Equal(200, screen.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task OnMessageSend_ArchiveToAgreedMailboxInClassicRuntime_GoesWithoutADirectoryPreflight()
    {
        var result = await RunAsync(new { to = new[] { Allowed }, attachments = new[] { "doorverwijzing-R-2026-000123.7z" } });

        Assert.True(result.GetProperty("options").GetProperty("allowEvent").GetBoolean(), result.ToString());
        var directory = Request(result, "/api/directory");
        Assert.Equal(JsonValueKind.Null, directory.GetProperty("preflight").ValueKind);
        Assert.Equal(Origin + "/", directory.GetProperty("allowOrigin").GetString());
        var names = result.GetProperty("sandbox").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.DoesNotContain("localStorage", names);
        Assert.DoesNotContain("document", names);
    }

    // Classic Outlook 2206-2403 (Mailbox 1.12/1.13) knows only allowEvent and errorMessage; cancelLabel, commandId,
    // contextData and sendModeOverride are Mailbox 1.14
    // (https://learn.microsoft.com/javascript/api/outlook/office.smartalertseventcompletedoptions).
    [Theory]
    [InlineData("1.12", new[] { "allowEvent", "errorMessage" })]
    [InlineData("1.13", new[] { "allowEvent", "errorMessage" })]
    [InlineData("1.14", new[] { "allowEvent", "cancelLabel", "commandId", "errorMessage" })]
    public async Task OnMessageSend_ArchiveToAStrangerInClassicRuntime_IsHeldWithOnlyTheOptionsTheVersionKnows(string mailbox, string[] expected)
    {
        var result = await RunAsync(new { to = new[] { "jan.peeters@example.be" }, attachments = new[] { "doorverwijzing-R-2026-000123.7z" }, mailbox });

        var options = result.GetProperty("options");
        Assert.False(options.GetProperty("allowEvent").GetBoolean(), result.ToString());
        Assert.Equal(expected, options.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private string Origin => _host.BaseAddress.GetLeftPart(UriPartial.Authority);

    private static JsonElement Request(JsonElement result, string path) =>
        result.GetProperty("requests").EnumerateArray().Single(r => r.GetProperty("path").GetString() == path);

    private async Task<JsonElement> RunAsync(object scenario)
    {
        var node = NodeRunner.Require("node");
        var (exit, output) = await NodeRunner.RunAsync(
            node,
            [Path.Combine(ManifestPaths.NodeTests, "support", "classic-runtime.mjs"), _host.BaseAddress.AbsoluteUri, JsonSerializer.Serialize(scenario)],
            ManifestPaths.NodeTests,
            TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, $"classic-runtime.mjs failed (exit {exit}):\n{output}");
        // stderr follows stdout in the output; the result is the one JSON line.
        return JsonDocument.Parse(output.Split('\n').Last(line => line.StartsWith('{'))).RootElement.Clone();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
