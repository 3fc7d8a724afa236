using System.Text.Json.Nodes;

namespace OutlookReferralAddin.AddinHost.Manifest;

/// <summary>
/// Renders the unified manifest for Microsoft 365 (JSON) and its English localization file.
/// The <c>$schema</c> is the exact URL whose copy <c>@microsoft/app-manifest</c> bundles, so it validates offline.
/// </summary>
internal static class UnifiedManifestRenderer
{
    public const string ManifestVersion = "1.22";
    public const string SchemaUrl = "https://developer.microsoft.com/json-schemas/teams/v" + ManifestVersion + "/MicrosoftTeams.schema.json";
    public const string LocalizationSchemaUrl = "https://developer.microsoft.com/json-schemas/teams/v" + ManifestVersion + "/MicrosoftTeams.Localization.schema.json";
    public const string EnglishFile = "en-us.json";
    public const string TaskpaneActionId = "openReferralPane";

    // Paths of the localizable strings inside the manifest, as the localization schema names them.
    private const string GroupPath = "extensions[0].ribbons[0].tabs[0].groups[0]";
    private const string ControlPath = GroupPath + ".controls[0]";

    public static JsonObject Render(AddinDefinition addin, ManifestTarget target)
    {
        var texts = addin.Texts;
        return new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["manifestVersion"] = ManifestVersion,
            ["version"] = addin.Version,
            // Its own id: Microsoft requires one distinct from the XML manifest's when both are deployed.
            ["id"] = addin.UnifiedId.ToString("D"),
            ["localizationInfo"] = new JsonObject
            {
                ["defaultLanguageTag"] = addin.DefaultLocale,
                ["additionalLanguages"] = new JsonArray(new JsonObject { ["languageTag"] = addin.FallbackLocale, ["file"] = EnglishFile }),
            },
            ["developer"] = new JsonObject
            {
                ["name"] = addin.Provider.Name,
                ["websiteUrl"] = addin.Provider.WebsiteUrl.AbsoluteUri,
                ["privacyUrl"] = addin.Provider.PrivacyUrl.AbsoluteUri,
                ["termsOfUseUrl"] = addin.Provider.TermsOfUseUrl.AbsoluteUri,
            },
            // Its own name and icons too: deployed beside the XML add-in, the two must look distinct in Office and in
            // the admin center (https://learn.microsoft.com/office/dev/add-ins/concepts/duplicate-legacy-metaos-add-ins).
            ["name"] = new JsonObject { ["short"] = texts.UnifiedNameShort.Dutch, ["full"] = texts.UnifiedNameFull.Dutch },
            ["description"] = new JsonObject { ["short"] = texts.DescriptionShort.Dutch, ["full"] = texts.DescriptionFull.Dutch },
            ["icons"] = new JsonObject { ["outline"] = addin.Icons.UnifiedOutline, ["color"] = addin.Icons.UnifiedColor },
            ["accentColor"] = addin.AccentColor,
            ["validDomains"] = new JsonArray(target.Authority),
            ["webApplicationInfo"] = new JsonObject { ["id"] = target.ClientId.ToString("D"), ["resource"] = target.ApiResource },
            ["authorization"] = new JsonObject
            {
                ["permissions"] = new JsonObject
                {
                    // Mailbox.SharedFolder is the unified manifest's SupportsSharedFolders: without it the add-in, and
                    // with it the send check, does not run on a mail composed in a shared or delegate mailbox
                    // (https://learn.microsoft.com/office/dev/add-ins/outlook/delegate-access).
                    ["resourceSpecific"] = new JsonArray(
                        new JsonObject { ["name"] = addin.Permissions.Unified, ["type"] = "Delegated" },
                        new JsonObject { ["name"] = "Mailbox.SharedFolder", ["type"] = "Delegated" }),
                },
            },
            ["extensions"] = new JsonArray(UnifiedExtension.Render(addin, target)),
        };
    }

    /// <summary>The en-us strings, keyed by their path in the manifest.</summary>
    public static JsonObject RenderEnglish(AddinDefinition addin)
    {
        var texts = addin.Texts;
        return new JsonObject
        {
            ["$schema"] = LocalizationSchemaUrl,
            ["name.short"] = texts.UnifiedNameShort.English,
            ["name.full"] = texts.UnifiedNameFull.English,
            ["description.short"] = texts.DescriptionShort.English,
            ["description.full"] = texts.DescriptionFull.English,
            [GroupPath + ".label"] = texts.GroupLabel.English,
            [ControlPath + ".label"] = texts.ButtonLabel.English,
            [ControlPath + ".supertip.title"] = texts.ButtonLabel.English,
            [ControlPath + ".supertip.description"] = texts.ButtonTooltip.English,
        };
    }

    internal static JsonObject Mailbox(string minVersion) =>
        new() { ["capabilities"] = new JsonArray(new JsonObject { ["name"] = "Mailbox", ["minVersion"] = minVersion }) };
}
