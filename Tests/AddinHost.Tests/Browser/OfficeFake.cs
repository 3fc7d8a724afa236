using System.Text.Json;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>The state of the fake Office host that the pages' adapter reads (<c>window.__officeFake</c>).</summary>
public sealed record OfficeFake(string Mode, IReadOnlyList<string>? To = null, IReadOnlyList<string>? Cc = null, IReadOnlyList<string>? Bcc = null)
{
    /// <summary>False for an Outlook without nested app authentication: the pane signs in through the dialog.</summary>
    public bool NestedAppAuth { get; init; } = true;

    public static OfficeFake Compose(params string[] to) => new("compose", to);

    public string ToJson() => JsonSerializer.Serialize(new
    {
        mode = Mode,
        recipients = new { to = To ?? [], cc = Cc ?? [], bcc = Bcc ?? [] },
        user = new { displayName = "Test Medewerker", email = "medewerker@opgroeien.be" },
        nestedAppAuth = NestedAppAuth,
    });
}
