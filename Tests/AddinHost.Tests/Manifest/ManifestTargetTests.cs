using Microsoft.AspNetCore.Http;
using OutlookReferralAddin.AddinHost.Manifest;

namespace OutlookReferralAddin.AddinHost.Tests.Manifest;

public sealed class ManifestTargetTests
{
    private const string ClientId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    [Fact]
    public void For_PublicUrlWithPort_KeepsThePortInAuthorityAndResource()
    {
        var target = ManifestTarget.For(Request("http", "ignored.example"), new AddinManifestOptions { PublicUrl = "https://verwijzen.example.be:8443", ClientId = ClientId });

        Assert.Equal("verwijzen.example.be:8443", target.Authority);
        Assert.Equal($"api://verwijzen.example.be:8443/{ClientId}", target.ApiResource);
        Assert.Equal("https://verwijzen.example.be:8443/events/launchevent.js", target.Url("/events/launchevent.js"));
    }

    [Fact]
    public void For_DefaultHttpsPort_LeavesThePortOut()
    {
        var target = ManifestTarget.For(Request("http", "ignored.example"), new AddinManifestOptions { PublicUrl = "https://verwijzen.example.be/", ClientId = ClientId });

        Assert.Equal($"api://verwijzen.example.be/{ClientId}", target.ApiResource);
    }

    [Fact]
    public void For_ConfiguredApplicationIdUri_IsTheResource()
    {
        var options = new AddinManifestOptions { PublicUrl = "https://verwijzen.example.be", ClientId = ClientId, ApplicationIdUri = "api://verwijzen.example.be/ocmw" };

        Assert.Equal("api://verwijzen.example.be/ocmw", ManifestTarget.For(Request("http", "x"), options).ApiResource);
    }

    [Fact]
    public void For_NoPublicUrl_UsesTheRequestSchemeAndHost()
    {
        var target = ManifestTarget.For(Request("https", "proxy.example:444"), new AddinManifestOptions { ClientId = ClientId });

        Assert.Equal("https://proxy.example:444/taskpane.html", target.Url("/taskpane.html"));
    }

    private static HttpRequest Request(string scheme, string host)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);
        return context.Request;
    }
}
