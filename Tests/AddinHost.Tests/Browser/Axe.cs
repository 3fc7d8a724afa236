using System.Text.Json;
using Microsoft.Playwright;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

internal sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Nodes);

/// <summary>Runs axe-core (from ClientApp's devDependencies) inside the page.</summary>
internal static class Axe
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page)
    {
        Assert.True(File.Exists(RepoPaths.AxeScript), $"axe-core missing at {RepoPaths.AxeScript}: run `npm ci` in AddinHost/ClientApp (the host build does).");
        // Evaluated through the DevTools protocol, not as an inline <script>: the pages' CSP (script-src 'self') stays on.
        await page.EvaluateAsync(await File.ReadAllTextAsync(RepoPaths.AxeScript) + "\n;undefined");
        // EvaluateAsync<JsonElement> would add $id keys: stringify in the page and parse here.
        var json = await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run()).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) })))");
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, Json)!;
    }

    /// <summary>Asserts no serious or critical violation; returns a one-line summary of all violations for the log.</summary>
    public static async Task<string> AssertNoSeriousAsync(IPage page)
    {
        var violations = await RunAsync(page);
        var serious = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, "axe: " + string.Join("; ", serious.Select(v => $"{v.Impact} {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes)}")));
        return violations.Count == 0 ? "axe: no violations" : "axe: " + string.Join("; ", violations.Select(v => $"{v.Impact} {v.Id} x{v.Nodes.Count}"));
    }
}
