using System.Text.RegularExpressions;
using OutlookReferralAddin.AddinHost.Tests.Browser;

namespace OutlookReferralAddin.AddinHost.Tests.Authentication;

/// <summary>
/// The registration table of the administrator's guide (Manifest/README.md, "1. Register the app in Entra ID"),
/// read as an administrator reads it: the value column of each step, with <c>&lt;host&gt;</c> and
/// <c>&lt;client id&gt;</c> filled in for one host.
/// </summary>
internal sealed partial class EntraGuide
{
    private readonly Dictionary<string, List<string>> _steps;

    private EntraGuide(Dictionary<string, List<string>> steps) => _steps = steps;

    public static EntraGuide Read()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "Manifest", "README.md"));
        var section = text[text.IndexOf("## 1. Register the app in Entra ID", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## 2.", StringComparison.Ordinal)];
        var steps = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (Match row in TableRow().Matches(section))
        {
            var step = row.Groups["step"].Value.Trim();
            if (step is "step" || step.StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            if (!steps.TryGetValue(step, out var values))
            {
                steps[step] = values = [];
            }

            values.Add(row.Groups["value"].Value.Trim());
        }

        Assert.True(steps.Count >= 7, "the guide's registration table was not found: " + string.Join(", ", steps.Keys));
        return new EntraGuide(steps);
    }

    public string ApplicationIdUri(string host, string clientId) => Fill(One("Application ID URI"), host, clientId);

    public string ScopeName => One("Scope");

    public IReadOnlyList<string> RedirectUris(string host, string clientId) =>
        [Fill(One("SPA redirect URI (NAA)"), host, clientId), Fill(One("SPA redirect URI (dialog)"), host, clientId)];

    public string GraphPermission => One("API permission");

    public string AppRole => One("App role");

    public string WorkerRole => One("App role (workers)");

    public string DpoRole => One("App role (DPO)");

    public int TokenVersion => int.Parse(One("Token version"), System.Globalization.CultureInfo.InvariantCulture);

    private string One(string step) =>
        _steps.TryGetValue(step, out var values) ? values.Single() : throw new InvalidOperationException($"the guide has no step '{step}'");

    private static string Fill(string value, string host, string clientId) =>
        value.Replace("<host>", host, StringComparison.Ordinal).Replace("<client id>", clientId, StringComparison.Ordinal);

    // | step | where | `value` |
    [GeneratedRegex(@"^\|(?<step>[^|]+)\|[^|]*\|\s*`(?<value>[^`]+)`\s*\|\s*$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
