using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Security;

/// <summary>Outlook on the web loads the add-in's icons from its own origin: they must not be same-site only.</summary>
public sealed class ResourcePolicyTests
{
    [Theory]
    [InlineData("/addin-icons/icon-16.png")]
    [InlineData("/addin-icons/icon-80.png")]
    [InlineData("/events/launchevent.js")]
    [InlineData("/events/runtime.html")]
    public async Task Get_AssetOutlookLoads_IsCrossOriginLoadable(string path)
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal("cross-origin", Assert.Single(response.Headers.GetValues("Cross-Origin-Resource-Policy")));
    }

    [Theory]
    [InlineData("/api/directory")]
    [InlineData("/taskpane.html")]
    [InlineData("/addin-iconsx/icon-16.png")]
    public async Task Get_ApiAndPages_StaySameSite(string path)
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateWorker();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("same-site", Assert.Single(response.Headers.GetValues("Cross-Origin-Resource-Policy")));
    }
}
