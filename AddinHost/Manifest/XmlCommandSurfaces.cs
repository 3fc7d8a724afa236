using System.Xml.Linq;

namespace OutlookReferralAddin.AddinHost.Manifest;

/// <summary>The "Doorverwijzen naar OCMW" button on the read and compose ribbons, opening the task pane.</summary>
internal static class XmlCommandSurfaces
{
    public static IEnumerable<XElement> Render(XNamespace ns, AddinDefinition addin)
    {
        yield return Surface(ns, addin, "MessageReadCommandSurface", addin.Commands.GroupId + "Read", addin.Commands.ReadButtonId);
        yield return Surface(ns, addin, "MessageComposeCommandSurface", addin.Commands.GroupId + "Compose", addin.Commands.ComposeButtonId);
    }

    private static XElement Surface(XNamespace ns, AddinDefinition addin, string surface, string groupId, string buttonId)
    {
        var bt = XmlManifestRenderer.Bt;
        return new XElement(
            ns + "ExtensionPoint",
            new XAttribute(XmlManifestRenderer.Xsi + "type", surface),
            new XElement(
                ns + "OfficeTab",
                new XAttribute("id", "TabDefault"),
                new XElement(
                    ns + "Group",
                    new XAttribute("id", groupId),
                    new XElement(ns + "Label", new XAttribute("resid", XmlResources.GroupLabelId)),
                    new XElement(
                        ns + "Control",
                        new XAttribute(XmlManifestRenderer.Xsi + "type", "Button"),
                        new XAttribute("id", buttonId),
                        new XElement(ns + "Label", new XAttribute("resid", XmlResources.ButtonLabelId)),
                        new XElement(
                            ns + "Supertip",
                            new XElement(ns + "Title", new XAttribute("resid", XmlResources.ButtonLabelId)),
                            new XElement(ns + "Description", new XAttribute("resid", XmlResources.ButtonTooltipId))),
                        new XElement(
                            ns + "Icon",
                            addin.Icons.Ribbon.Select(size => new XElement(
                                bt + "Image",
                                new XAttribute("size", size),
                                new XAttribute("resid", XmlResources.IconId(size))))),
                        new XElement(
                            ns + "Action",
                            new XAttribute(XmlManifestRenderer.Xsi + "type", "ShowTaskpane"),
                            new XElement(ns + "SourceLocation", new XAttribute("resid", XmlResources.TaskpaneId)))))));
    }
}
