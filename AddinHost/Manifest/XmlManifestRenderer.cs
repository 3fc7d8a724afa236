using System.Xml.Linq;

namespace OutlookReferralAddin.AddinHost.Manifest;

/// <summary>
/// Renders the add-in-only (XML) manifest, the one Outlook on Mac, mobile and perpetual Office still need.
/// Children are written in the order the XSD requires (see "How to find the proper order of manifest elements"):
/// an element out of order makes Outlook refuse the whole manifest.
/// </summary>
internal static class XmlManifestRenderer
{
    internal static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    internal static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    internal static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    internal static readonly XNamespace Vo10 = "http://schemas.microsoft.com/office/mailappversionoverrides";
    internal static readonly XNamespace Vo11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";

    public static XDocument Render(AddinDefinition addin, ManifestTarget target)
    {
        var texts = addin.Texts;
        var taskpane = target.Url(addin.Urls.Taskpane);
        var root = new XElement(
            App + "OfficeApp",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(XNamespace.Xmlns + "bt", Bt),
            new XAttribute(Xsi + "type", "MailApp"),
            new XElement(App + "Id", addin.Id.ToString("D")),
            new XElement(App + "Version", addin.XmlVersion),
            new XElement(App + "ProviderName", addin.Provider.Name),
            new XElement(App + "DefaultLocale", addin.DefaultLocale),
            Localized("DisplayName", texts.NameShort, addin.FallbackLocale),
            Localized("Description", texts.DescriptionShort, addin.FallbackLocale),
            new XElement(App + "IconUrl", new XAttribute("DefaultValue", IconUrl(addin, target, addin.Icons.IconUrl))),
            new XElement(App + "HighResolutionIconUrl", new XAttribute("DefaultValue", IconUrl(addin, target, addin.Icons.HighResolutionIconUrl))),
            new XElement(App + "SupportUrl", new XAttribute("DefaultValue", addin.Provider.WebsiteUrl.AbsoluteUri)),
            new XElement(App + "AppDomains", new XElement(App + "AppDomain", target.Origin.GetLeftPart(UriPartial.Authority))),
            new XElement(App + "Hosts", new XElement(App + "Host", new XAttribute("Name", "Mailbox"))),
            new XElement(App + "Requirements", new XElement(App + "Sets", MailboxSet(App, "1.1"))),
            new XElement(
                App + "FormSettings",
                Form("ItemRead", taskpane),
                Form("ItemEdit", taskpane)),
            new XElement(App + "Permissions", addin.Permissions.Xml),
            new XElement(
                App + "Rule",
                new XAttribute(Xsi + "type", "RuleCollection"),
                new XAttribute("Mode", "Or"),
                ItemIs("Read"),
                ItemIs("Edit")),
            new XElement(App + "DisableEntityHighlighting", "false"),
            VersionOverrides10(addin, target));
        return new XDocument(new XDeclaration("1.0", "utf-8", "yes"), root);
    }

    // The outer 1.0 level carries the buttons alone, for clients without the 1.12 events (they ignore the 1.1 level).
    private static XElement VersionOverrides10(AddinDefinition addin, ManifestTarget target) =>
        new(
            Vo10 + "VersionOverrides",
            new XAttribute(Xsi + "type", "VersionOverridesV1_0"),
            Requirements(Vo10, addin.MailboxMinVersion.Commands),
            new XElement(
                Vo10 + "Hosts",
                new XElement(
                    Vo10 + "Host",
                    new XAttribute(Xsi + "type", "MailHost"),
                    new XElement(Vo10 + "DesktopFormFactor", XmlCommandSurfaces.Render(Vo10, addin)))),
            XmlResources.Render(Vo10, addin, target),
            VersionOverrides11(addin, target));

    private static XElement VersionOverrides11(AddinDefinition addin, ManifestTarget target) =>
        new(
            Vo11 + "VersionOverrides",
            new XAttribute(Xsi + "type", "VersionOverridesV1_1"),
            // Not 1.12: Outlook mobile supports Mailbox 1.5 (plus the event APIs) and would skip this level, and with it
            // its recipients-changed warning. Desktop clients without 1.12 ignore the send events they do not know.
            Requirements(Vo11, addin.MailboxMinVersion.MobileEvents),
            new XElement(
                Vo11 + "Hosts",
                new XElement(
                    Vo11 + "Host",
                    new XAttribute(Xsi + "type", "MailHost"),
                    new XElement(
                        Vo11 + "Runtimes",
                        new XElement(
                            Vo11 + "Runtime",
                            new XAttribute("resid", XmlResources.EventPageId),
                            new XElement(
                                Vo11 + "Override",
                                new XAttribute("type", "javascript"),
                                new XAttribute("resid", XmlResources.EventScriptId)))),
                    new XElement(
                        Vo11 + "DesktopFormFactor",
                        // Shared and delegate mailboxes (Mailbox 1.8 folders, 1.13 shared mailboxes): without it the
                        // add-in, and with it the send check, does not run on a mail composed in a team's shared
                        // mailbox. Desktop only, first child (https://learn.microsoft.com/javascript/api/manifest/supportssharedfolders).
                        new XElement(Vo11 + "SupportsSharedFolders", "true"),
                        XmlCommandSurfaces.Render(Vo11, addin),
                        LaunchEvents(addin)),
                    MobileLaunchEvents(addin))),
            XmlResources.Render(Vo11, addin, target),
            new XElement(
                Vo11 + "WebApplicationInfo",
                new XElement(Vo11 + "Id", target.ClientId.ToString("D")),
                new XElement(Vo11 + "Resource", target.ApiResource),
                new XElement(
                    Vo11 + "Scopes",
                    new XElement(Vo11 + "Scope", "openid"),
                    new XElement(Vo11 + "Scope", "profile"))));

    private static XElement LaunchEvents(AddinDefinition addin) =>
        new(
            Vo11 + "ExtensionPoint",
            new XAttribute(Xsi + "type", "LaunchEvent"),
            new XElement(
                Vo11 + "LaunchEvents",
                new XElement(
                    Vo11 + "LaunchEvent",
                    new XAttribute("Type", "OnMessageRecipientsChanged"),
                    new XAttribute("FunctionName", addin.Events.RecipientsChanged)),
                new XElement(
                    Vo11 + "LaunchEvent",
                    new XAttribute("Type", "OnMessageSend"),
                    new XAttribute("FunctionName", addin.Events.MessageSend),
                    new XAttribute("SendMode", addin.Events.SendMode)),
                new XElement(
                    Vo11 + "LaunchEvent",
                    new XAttribute("Type", "OnAppointmentSend"),
                    new XAttribute("FunctionName", addin.Events.AppointmentSend),
                    new XAttribute("SendMode", addin.Events.SendMode))),
            new XElement(Vo11 + "SourceLocation", new XAttribute("resid", XmlResources.EventPageId)));

    // Outlook on iOS and Android run only the recipients-changed event (4.2425.0+): no Smart Alerts, no buttons.
    private static XElement MobileLaunchEvents(AddinDefinition addin) =>
        new(
            Vo11 + "MobileFormFactor",
            new XElement(
                Vo11 + "ExtensionPoint",
                new XAttribute(Xsi + "type", "LaunchEvent"),
                new XElement(
                    Vo11 + "LaunchEvents",
                    new XElement(
                        Vo11 + "LaunchEvent",
                        new XAttribute("Type", "OnMessageRecipientsChanged"),
                        new XAttribute("FunctionName", addin.Events.RecipientsChanged))),
                new XElement(Vo11 + "SourceLocation", new XAttribute("resid", XmlResources.EventPageId))));

    private static XElement Requirements(XNamespace ns, string minVersion) =>
        new(
            ns + "Requirements",
            new XElement(Bt + "Sets", new XAttribute("DefaultMinVersion", minVersion), new XElement(Bt + "Set", new XAttribute("Name", "Mailbox"))));

    private static XElement MailboxSet(XNamespace ns, string minVersion) =>
        new(ns + "Set", new XAttribute("Name", "Mailbox"), new XAttribute("MinVersion", minVersion));

    private static XElement Localized(string name, LocalizedText text, string fallbackLocale) =>
        new(
            App + name,
            new XAttribute("DefaultValue", text.Dutch),
            new XElement(App + "Override", new XAttribute("Locale", fallbackLocale), new XAttribute("Value", text.English)));

    private static XElement Form(string type, string taskpane) =>
        new(
            App + "Form",
            new XAttribute(Xsi + "type", type),
            new XElement(
                App + "DesktopSettings",
                new XElement(App + "SourceLocation", new XAttribute("DefaultValue", taskpane)),
                type == "ItemRead" ? new XElement(App + "RequestedHeight", "250") : null));

    private static XElement ItemIs(string formType) =>
        new(App + "Rule", new XAttribute(Xsi + "type", "ItemIs"), new XAttribute("ItemType", "Message"), new XAttribute("FormType", formType));

    internal static string IconUrl(AddinDefinition addin, ManifestTarget target, int size) =>
        target.Url(addin.Urls.Icons + IconSet.FileName(size));
}
