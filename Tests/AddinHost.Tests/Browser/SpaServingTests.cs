using System.Net;
using System.Text.Json;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>How the host serves the built pages (AddinHost/Spa): no Vite dev server, no extra command.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SpaServingTests(BrowserFixture browser)
{
    private HttpClient Client() => new() { BaseAddress = browser.Host.BaseAddress };

    [Theory]
    [InlineData("/", "OCMW-doorverwijzing")]
    [InlineData("/taskpane.html", "Doorverwijzen naar OCMW")]
    [InlineData("/admin.html", "Beheer OCMW-protocollen")]
    public async Task Get_Page_ServesBuiltHtmlWithOfficeJsInHead(string path, string title)
    {
        using var client = Client();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<title>{title}</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/src/", html, StringComparison.Ordinal); // the build output, not the Vite sources
        if (path != "/")
        {
            Assert.Contains("https://appsforoffice.microsoft.com/lib/1/hosted/office.js", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_HashedAsset_IsCachedImmutable()
    {
        using var client = Client();
        var html = await client.GetStringAsync(new Uri("/taskpane.html", UriKind.Relative));
        var asset = html[(html.IndexOf("/assets/", StringComparison.Ordinal))..].Split('"')[0];

        using var response = await client.GetAsync(new Uri(asset, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Get_UnknownApiPath_IsNotFoundNotAPage()
    {
        using var client = Client();

        using var response = await client.GetAsync(new Uri("/api/does-not-exist", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetClientConfig_DevelopmentMode_SaysDevelopmentWithoutAppIds()
    {
        using var client = Client();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/client-config", UriKind.Relative)));

        Assert.Equal("Development", json.RootElement.GetProperty("authMode").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("clientId").ValueKind);
    }
}
