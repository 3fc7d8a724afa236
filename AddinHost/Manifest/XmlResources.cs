using System.Globalization;
using System.Xml.Linq;

namespace OutlookReferralAddin.AddinHost.Manifest;

/// <summary>The <c>Resources</c> of a VersionOverrides level: images, URLs and the Dutch strings with English overrides.</summary>
internal static class XmlResources
{
    public const string TaskpaneId = "Taskpane.Url";
    public const string EventPageId = "WebViewRuntime.Url";
    public const string EventScriptId = "JSRuntime.Url";
    public const string GroupLabelId = "GroupLabel";
    public const string ButtonLabelId = "ButtonLabel";
    public const string ButtonTooltipId = "ButtonTooltip";

    /// <summary>Also the icon name the event handlers pass to <c>notificationMessages.addAsync</c>.</summary>
    public static string IconId(int size) => string.Create(CultureInfo.InvariantCulture, $"Icon.{size}x{size}");

    public static XElement Render(XNamespace ns, AddinDefinition addin, ManifestTarget target)
    {
        var bt = XmlManifestRenderer.Bt;
        var texts = addin.Texts;
        return new XElement(
            ns + "Resources",
            new XElement(
                bt + "Images",
                addin.Icons.Ribbon.Select(size => new XElement(
                    bt + "Image",
                    new XAttribute("id", IconId(size)),
                    new XAttribute("DefaultValue", XmlManifestRenderer.IconUrl(addin, target, size))))),
            new XElement(
                bt + "Urls",
                Url(TaskpaneId, target.Url(addin.Urls.Taskpane)),
                Url(EventPageId, target.Url(addin.Urls.EventPage)),
                Url(EventScriptId, target.Url(addin.Urls.EventScript))),
            new XElement(
                bt + "ShortStrings",
                String(GroupLabelId, texts.GroupLabel, addin.FallbackLocale),
                String(ButtonLabelId, texts.ButtonLabel, addin.FallbackLocale)),
            new XElement(
                bt + "LongStrings",
                String(ButtonTooltipId, texts.ButtonTooltip, addin.FallbackLocale)));
    }

    private static XElement Url(string id, string url) =>
        new(XmlManifestRenderer.Bt + "Url", new XAttribute("id", id), new XAttribute("DefaultValue", url));

    private static XElement String(string id, LocalizedText text, string fallbackLocale) =>
        new(
            XmlManifestRenderer.Bt + "String",
            new XAttribute("id", id),
            new XAttribute("DefaultValue", text.Dutch),
            new XElement(XmlManifestRenderer.Bt + "Override", new XAttribute("Locale", fallbackLocale), new XAttribute("Value", text.English)));
}
