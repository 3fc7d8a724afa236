using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlookReferralAddin.AddinHost.Manifest;

namespace OutlookReferralAddin.AddinHost.Tests.Manifest;

public sealed class ManifestApiTests(ManifestHostFactory factory) : IClassFixture<ManifestHostFactory>
{
    private const string Origin = ManifestHostFactory.PublicUrl;

    [Fact]
    public async Task EveryUrlInBothManifests_FetchedFromHost_AnswersOkWithItsContentType()
    {
        using var client = factory.CreateClient();
        var urls = (await XmlUrlsAsync(client)).Concat(await JsonUrlsAsync(client)).Where(u => u.StartsWith(Origin + "/", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Contains(Origin + "/events/launchevent.js", urls);
        Assert.Contains(Origin + "/taskpane.html", urls);
        Assert.Contains(Origin + "/addin-icons/icon-80.png", urls);

        var failures = new List<string>();
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(new Uri(url[Origin.Length..], UriKind.Relative));
            var type = response.Content.Headers.ContentType?.MediaType;
            if (response.StatusCode != HttpStatusCode.OK || type != ExpectedType(url))
            {
                failures.Add($"{url}: {(int)response.StatusCode} {type}");
            }
        }

        Assert.True(failures.Count == 0, "Not served as the manifests say:\n" + string.Join('\n', failures));
    }

    [Theory]
    [InlineData("/manifest.xml", "application/xml")]
    [InlineData("/manifest.json", "application/json")]
    [InlineData("/manifest.zip", "application/zip")]
    [InlineData("/events/runtime.html", "text/html")]
    [InlineData("/addin-icons/color.png", "image/png")]
    [InlineData("/addin-icons/outline.png", "image/png")]
    public async Task Get_Asset_AnswersWithContentType(string path, string mediaType)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/addin-icons/icon-999.png")]
    [InlineData("/addin-icons/..%2Faddin.json")]
    [InlineData("/addin-icons/ICON-16.PNG")]
    public async Task GetIcon_UnknownName_IsNotFound(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetEventScript_Served_CarriesTheHostOriginInsteadOfTheToken()
    {
        using var client = factory.CreateClient();

        var script = await client.GetStringAsync(new Uri("/events/launchevent.js", UriKind.Relative));

        Assert.Contains($"var HOST_ORIGIN = \"{Origin}\";", script, StringComparison.Ordinal);
        Assert.DoesNotContain("__OCMW_ADDIN_ORIGIN__", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetWellKnownAllowedScripts_Served_ListsTheEventScript()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/.well-known/microsoft-officeaddins-allowed.json", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([Origin + "/events/launchevent.js"], body["allowed"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task GetManifests_NoPublicUrl_UseTheRequestOriginAndPlaceholderClientId()
    {
        await using var plain = new WebApplicationFactory<Program>();
        using var client = plain.CreateClient();

        var xml = XDocument.Parse(await client.GetStringAsync(new Uri("/manifest.xml", UriKind.Relative)));
        var json = JsonNode.Parse(await client.GetStringAsync(new Uri("/manifest.json", UriKind.Relative)))!;

        Assert.Equal("http://localhost/addin-icons/icon-64.png", xml.Root!.Elements().Single(e => e.Name.LocalName == "IconUrl").Attribute("DefaultValue")!.Value);
        Assert.Equal($"api://localhost/{AddinManifestOptions.DevelopmentPlaceholderClientId}", json["webApplicationInfo"]!["resource"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetManifests_AudienceConfigured_NameItAsTheResource()
    {
        await using var configured = factory.WithWebHostBuilder(b => b.UseSetting("AzureAd:Audience", "api://verwijzen.example.be/ocmw"));
        using var client = configured.CreateClient();

        var xml = XDocument.Parse(await client.GetStringAsync(new Uri("/manifest.xml", UriKind.Relative)));
        var json = JsonNode.Parse(await client.GetStringAsync(new Uri("/manifest.json", UriKind.Relative)))!;

        Assert.Equal("api://verwijzen.example.be/ocmw", xml.Descendants().Single(e => e.Name.LocalName == "Resource").Value);
        Assert.Equal("api://verwijzen.example.be/ocmw", json["webApplicationInfo"]!["resource"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetManifests_BothDeployed_HaveDistinctIdsAndTheUnifiedOneHidesTheXmlOne()
    {
        using var client = factory.CreateClient();

        var xml = XDocument.Parse(await client.GetStringAsync(new Uri("/manifest.xml", UriKind.Relative)));
        var json = JsonNode.Parse(await client.GetStringAsync(new Uri("/manifest.json", UriKind.Relative)))!;

        var xmlId = xml.Root!.Elements().Single(e => e.Name.LocalName == "Id").Value;
        var alternate = json["extensions"]![0]!["alternates"]![0]!;
        Assert.NotEqual(xmlId, json["id"]!.GetValue<string>());
        Assert.Equal(xmlId, alternate["hide"]!["customOfficeAddin"]!["officeAddinId"]!.GetValue<string>());
        Assert.Equal(Origin + "/addin-icons/unified-64.png", alternate["alternateIcons"]!["icon"]!["url"]!.GetValue<string>());
        Assert.Equal(Origin + "/addin-icons/unified-128.png", alternate["alternateIcons"]!["highResolutionIcon"]!["url"]!.GetValue<string>());
    }

    // Microsoft: the version deployed beside the XML add-in needs "a different name" and "different icons"
    // (https://learn.microsoft.com/office/dev/add-ins/concepts/duplicate-legacy-metaos-add-ins).
    [Fact]
    public async Task GetManifests_BothDeployed_DifferInNameAndIcons()
    {
        using var client = factory.CreateClient();

        var xml = XDocument.Parse(await client.GetStringAsync(new Uri("/manifest.xml", UriKind.Relative)));
        var json = JsonNode.Parse(await client.GetStringAsync(new Uri("/manifest.json", UriKind.Relative)))!;
        var xmlName = xml.Root!.Elements().Single(e => e.Name.LocalName == "DisplayName").Attribute("DefaultValue")!.Value;
        var xmlIcons = xml.Root!.Elements().Where(e => e.Name.LocalName is "IconUrl" or "HighResolutionIconUrl").Select(e => e.Attribute("DefaultValue")!.Value).ToList();

        Assert.Equal("Doorverwijzen naar OCMW", xmlName);
        Assert.NotEqual(xmlName, json["name"]!["short"]!.GetValue<string>());
        Assert.NotEqual(xml.Root!.Elements().Single(e => e.Name.LocalName == "Description").Attribute("DefaultValue")!.Value, json["name"]!["full"]!.GetValue<string>());
        var unifiedIcons = new[] { json["icons"]!["color"]!, json["icons"]!["outline"]! }.Select(n => n.GetValue<string>()).ToList();
        using var zip = new ZipArchive(await client.GetStreamAsync(new Uri("/manifest.zip", UriKind.Relative)));
        foreach (var icon in unifiedIcons)
        {
            var packaged = await ReadAllAsync(zip.GetEntry(icon) ?? throw new Xunit.Sdk.XunitException(icon + " is not in the package"));
            foreach (var xmlIcon in xmlIcons.Append(Origin + "/addin-icons/color.png").Append(Origin + "/addin-icons/outline.png"))
            {
                var bytes = await client.GetByteArrayAsync(new Uri(xmlIcon[Origin.Length..], UriKind.Relative));
                Assert.False(bytes.AsSpan().SequenceEqual(packaged), $"{icon} is the same image as {xmlIcon}");
            }
        }
    }

    private static async Task<byte[]> ReadAllAsync(ZipArchiveEntry entry)
    {
        await using var stream = await entry.OpenAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    // The task pane's sign-in falls back to displayDialogAsync, which needs Mailbox 1.4
    // (https://learn.microsoft.com/javascript/api/requirement-sets/outlook/requirement-set-1.4/outlook-requirement-set-1.4).
    [Fact]
    public async Task GetManifests_CommandSurfaces_DeclareAtLeastMailbox14ForTheSignInDialog()
    {
        using var client = factory.CreateClient();

        var xml = XDocument.Parse(await client.GetStringAsync(new Uri("/manifest.xml", UriKind.Relative)));
        var json = JsonNode.Parse(await client.GetStringAsync(new Uri("/manifest.json", UriKind.Relative)))!;

        var outer = xml.Root!.Elements().Single(e => e.Name.LocalName == "VersionOverrides");
        var commandSets = outer.Elements().Single(e => e.Name.LocalName == "Requirements").Descendants().Single(e => e.Name.LocalName == "Sets");
        Assert.True(new Version(commandSets.Attribute("DefaultMinVersion")!.Value) >= new Version(1, 4), commandSets.ToString());
        var extension = json["extensions"]![0]!;
        var pane = extension["runtimes"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "TaskpaneRuntime")!;
        foreach (var requirement in new[] { extension["requirements"]!, pane["requirements"]! })
        {
            var mailbox = requirement["capabilities"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "Mailbox")!;
            Assert.True(new Version(mailbox["minVersion"]!.GetValue<string>()) >= new Version(1, 4), requirement.ToJsonString());
        }
    }

    // A mail composed in a team's shared mailbox or as a delegate is checked only when the manifests say so
    // (https://learn.microsoft.com/office/dev/add-ins/outlook/delegate-access).
    [Fact]
    public async Task GetManifests_SharedAndDelegateMailboxes_AreDeclaredInBoth()
    {
        using var client = factory.CreateClient();

        var xml = XDocument.Parse(await client.GetStringAsync(new Uri("/manifest.xml", UriKind.Relative)));
        var json = JsonNode.Parse(await client.GetStringAsync(new Uri("/manifest.json", UriKind.Relative)))!;

        var inner = xml.Descendants().Single(e => e.Name.LocalName == "VersionOverrides" && e.Parent!.Name.LocalName == "VersionOverrides");
        var desktop = inner.Descendants().Single(e => e.Name.LocalName == "DesktopFormFactor");
        Assert.Equal("SupportsSharedFolders", desktop.Elements().First().Name.LocalName);
        Assert.Equal("true", desktop.Elements().First().Value);
        var permissions = json["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray().Select(p => p!["name"]!.GetValue<string>());
        Assert.Contains("Mailbox.SharedFolder", permissions);
    }

    [Fact]
    public async Task GetPackage_Zip_HoldsManifestIconsAndEnglishStrings()
    {
        using var client = factory.CreateClient();

        await using var stream = await client.GetStreamAsync(new Uri("/manifest.zip", UriKind.Relative));
        using var zip = new ZipArchive(stream);

        Assert.Equal(["color-unified.png", "en-us.json", "manifest.json", "outline-unified.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        await using var manifest = await zip.GetEntry("manifest.json")!.OpenAsync();
        Assert.Equal(Origin + "/taskpane.html", JsonNode.Parse(manifest)!["extensions"]![0]!["runtimes"]![0]!["code"]!["page"]!.GetValue<string>());
    }

    private static string ExpectedType(string url) => Path.GetExtension(new Uri(url).AbsolutePath) switch
    {
        ".png" => "image/png",
        ".js" => "text/javascript",
        ".html" => "text/html",
        var other => throw new InvalidOperationException("no expected type for " + other),
    };

    private static async Task<IEnumerable<string>> XmlUrlsAsync(HttpClient client)
    {
        var xml = XDocument.Parse(await client.GetStringAsync(new Uri("/manifest.xml", UriKind.Relative)));
        return xml.Descendants().SelectMany(e => e.Attributes().Select(a => a.Value).Append(e.HasElements ? "" : e.Value));
    }

    private static async Task<IEnumerable<string>> JsonUrlsAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/manifest.json", UriKind.Relative)));
        return Strings(json.RootElement).ToList();
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
