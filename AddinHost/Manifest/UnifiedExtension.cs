using System.Text.Json.Nodes;

namespace OutlookReferralAddin.AddinHost.Manifest;

/// <summary>The Outlook part of the unified manifest: runtimes, the ribbon button and the Smart Alerts events.</summary>
internal static class UnifiedExtension
{
    // Ribbon icons: the schema allows at most three sizes.
    private static readonly int[] RibbonIconSizes = [16, 32, 80];

    public static JsonObject Render(AddinDefinition addin, ManifestTarget target)
    {
        var texts = addin.Texts;
        var eventsVersion = addin.MailboxMinVersion.Events;
        var extension = UnifiedManifestRenderer.Mailbox(addin.MailboxMinVersion.Commands);
        extension["scopes"] = new JsonArray("mail");
        return new JsonObject
        {
            ["requirements"] = extension,
            ["runtimes"] = new JsonArray(
                new JsonObject
                {
                    ["requirements"] = UnifiedManifestRenderer.Mailbox(addin.MailboxMinVersion.Commands),
                    ["id"] = "TaskpaneRuntime",
                    ["type"] = "general",
                    ["code"] = new JsonObject { ["page"] = target.Url(addin.Urls.Taskpane) },
                    ["lifetime"] = "short",
                    ["actions"] = new JsonArray(new JsonObject
                    {
                        ["id"] = UnifiedManifestRenderer.TaskpaneActionId,
                        ["type"] = "openPage",
                    }),
                },
                new JsonObject
                {
                    ["requirements"] = UnifiedManifestRenderer.Mailbox(eventsVersion),
                    ["id"] = "EventRuntime",
                    ["type"] = "general",
                    ["code"] = new JsonObject
                    {
                        ["page"] = target.Url(addin.Urls.EventPage),
                        ["script"] = target.Url(addin.Urls.EventScript),
                    },
                    ["lifetime"] = "short",
                    ["actions"] = new JsonArray(
                        new JsonObject { ["id"] = addin.Events.RecipientsChanged, ["type"] = "executeFunction" },
                        new JsonObject { ["id"] = addin.Events.MessageSend, ["type"] = "executeFunction" },
                        new JsonObject { ["id"] = addin.Events.AppointmentSend, ["type"] = "executeFunction" }),
                }),
            ["ribbons"] = new JsonArray(new JsonObject
            {
                ["contexts"] = new JsonArray("mailCompose", "mailRead"),
                ["tabs"] = new JsonArray(new JsonObject
                {
                    ["builtInTabId"] = "TabDefault",
                    ["groups"] = new JsonArray(new JsonObject
                    {
                        ["id"] = addin.Commands.GroupId,
                        ["label"] = texts.GroupLabel.Dutch,
                        ["icons"] = Icons(addin, target),
                        ["controls"] = new JsonArray(new JsonObject
                        {
                            // The compose button's id, so that a Smart Alert's commandId opens this pane in both manifests.
                            ["id"] = addin.Commands.ComposeButtonId,
                            ["type"] = "button",
                            ["label"] = texts.ButtonLabel.Dutch,
                            ["icons"] = Icons(addin, target),
                            ["supertip"] = new JsonObject { ["title"] = texts.ButtonLabel.Dutch, ["description"] = texts.ButtonTooltip.Dutch },
                            ["actionId"] = UnifiedManifestRenderer.TaskpaneActionId,
                        }),
                    }),
                }),
            }),
            ["autoRunEvents"] = new JsonArray(new JsonObject
            {
                ["requirements"] = UnifiedManifestRenderer.Mailbox(eventsVersion),
                ["events"] = new JsonArray(
                    new JsonObject { ["type"] = "messageRecipientsChanged", ["actionId"] = addin.Events.RecipientsChanged },
                    SendEvent("messageSending", addin.Events.MessageSend, addin.Events.SendMode),
                    SendEvent("appointmentSending", addin.Events.AppointmentSend, addin.Events.SendMode)),
            }),
            ["alternates"] = new JsonArray(new JsonObject
            {
                // Where both manifests are deployed, clients that take this one hide the XML add-in (no double buttons).
                ["hide"] = new JsonObject { ["customOfficeAddin"] = new JsonObject { ["officeAddinId"] = addin.Id.ToString("D") } },
                // The icons older Office versions show for this (unified) add-in: the unified version's own, so that
                // it never looks like the XML add-in (duplicate-legacy-metaos-add-ins). They do not make the admin
                // center generate an XML manifest: clients without unified support need the XML one deployed.
                ["alternateIcons"] = new JsonObject
                {
                    ["icon"] = AlternateIcon(target, addin.Urls.Icons + "unified-64.png"),
                    ["highResolutionIcon"] = AlternateIcon(target, addin.Urls.Icons + "unified-128.png"),
                },
            }),
        };
    }

    private static JsonObject SendEvent(string type, string actionId, string sendMode) => new()
    {
        ["type"] = type,
        ["actionId"] = actionId,
        ["options"] = new JsonObject { ["sendMode"] = CamelCase(sendMode) },
    };

    // The schema knows sizes up to 80 only; Microsoft's sample declares the 128-pixel image as size 64, as here.
    private static JsonObject AlternateIcon(ManifestTarget target, string path) => new()
    {
        ["size"] = AlternateIconSize,
        ["url"] = target.Url(path),
    };

    private const int AlternateIconSize = 64;

    private static JsonArray Icons(AddinDefinition addin, ManifestTarget target) =>
        new([.. RibbonIconSizes.Select(size => (JsonNode)new JsonObject
        {
            ["size"] = size,
            ["url"] = XmlManifestRenderer.IconUrl(addin, target, size),
        })]);

    // "SoftBlock" in the XML manifest is "softBlock" in the unified one.
    private static string CamelCase(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];
}
