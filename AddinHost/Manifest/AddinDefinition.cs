using System.Text.Json;

namespace OutlookReferralAddin.AddinHost.Manifest;

/// <summary>
/// The one source of truth for both manifests: <c>Manifest/addin.json</c>, embedded in the host's assembly.
/// URLs in it are paths on the host; the renderers prefix them with the host's public URL. <see cref="Id"/> is the
/// XML manifest's; the unified manifest has its own <see cref="UnifiedId"/> and hides the XML add-in where both are
/// deployed ("Manage both a unified manifest and an add-in only manifest version of your Office Add-in").
/// </summary>
internal sealed record AddinDefinition(
    Guid Id,
    Guid UnifiedId,
    string Version,
    string AccentColor,
    ProviderInfo Provider,
    string DefaultLocale,
    string FallbackLocale,
    AddinTexts Texts,
    AddinPermissions Permissions,
    MailboxVersions MailboxMinVersion,
    CommandIds Commands,
    EventHandlers Events,
    AddinPaths Urls,
    IconSet Icons)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static AddinDefinition Load() =>
        JsonSerializer.Deserialize<AddinDefinition>(ManifestAssets.ReadBytes("addin.json"), JsonOptions)
        ?? throw new InvalidOperationException("Manifest/addin.json is empty.");

    /// <summary>The four-part version the XML manifest requires (<c>1.0.0</c> becomes <c>1.0.0.0</c>).</summary>
    public string XmlVersion => Version.Split('.').Length == 4 ? Version : Version + ".0";
}

internal sealed record ProviderInfo(string Name, Uri WebsiteUrl, Uri PrivacyUrl, Uri TermsOfUseUrl);

/// <summary>A text in the default locale (nl-BE) with its fallback (en-US).</summary>
internal sealed record LocalizedText(
    [property: System.Text.Json.Serialization.JsonPropertyName("nl-BE")] string Dutch,
    [property: System.Text.Json.Serialization.JsonPropertyName("en-US")] string English);

internal sealed record AddinTexts(
    LocalizedText NameShort,
    LocalizedText NameFull,
    LocalizedText DescriptionShort,
    LocalizedText DescriptionFull,
    LocalizedText UnifiedNameShort,
    LocalizedText UnifiedNameFull,
    LocalizedText GroupLabel,
    LocalizedText ButtonLabel,
    LocalizedText ButtonTooltip);

internal sealed record AddinPermissions(string Xml, string Unified);

/// <summary>
/// Commands: the buttons; at least 1.4, because the task pane's sign-in falls back to <c>displayDialogAsync</c>
/// (Mailbox 1.4, https://learn.microsoft.com/javascript/api/office/office.ui#office-office-ui-displaydialogasync-member(1)).
/// Events: the Smart Alerts events (1.12). MobileEvents: the XML manifest's 1.1 level, which
/// Outlook on iOS and Android (Mailbox 1.5 plus the event APIs) must be able to take for its recipients-changed event.
/// </summary>
internal sealed record MailboxVersions(string Commands, string Events, string MobileEvents);

internal sealed record CommandIds(string GroupId, string ComposeButtonId, string ReadButtonId);

internal sealed record EventHandlers(string RecipientsChanged, string MessageSend, string AppointmentSend, string SendMode);

internal sealed record AddinPaths(string Taskpane, string EventPage, string EventScript, string Icons);

/// <summary>
/// Color and Outline are the XML add-in's app icons; UnifiedColor and UnifiedOutline the unified manifest's, which
/// Microsoft requires to differ where both are deployed
/// (https://learn.microsoft.com/office/dev/add-ins/concepts/duplicate-legacy-metaos-add-ins).
/// </summary>
internal sealed record IconSet(
    IReadOnlyList<int> Ribbon, int IconUrl, int HighResolutionIconUrl, string Color, string Outline, string UnifiedColor, string UnifiedOutline)
{
    public static string FileName(int size) => $"icon-{size}.png";
}
