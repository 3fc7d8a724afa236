using System.Net;
using System.Net.Http.Json;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Security;

/// <summary>
/// The requests classic Outlook's JavaScript-only runtime makes for launchevent.js: its <c>Origin</c> is the add-in's
/// own origin with a trailing slash (office-js #3907), and it accepts an answer only with a matching
/// <c>Access-Control-Allow-Origin</c>. The test host's own origin is <c>http://localhost</c>.
/// </summary>
public sealed class EventScriptCorsTests
{
    private const string Own = "http://localhost";
    private const string Configured = "https://addin.example.be";

    [Theory]
    [InlineData(Own + "/")]
    [InlineData(Own)]
    [InlineData("HTTP://LOCALHOST/")]
    public async Task Preflight_ScreeningFromOwnOrigin_AnswersForTheScriptsHeaders(string origin)
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateClient();

        using var response = await client.SendAsync(Preflight("/api/recipients/screen", "POST", origin, "content-type"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(origin, Single(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Single(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Equal("Content-Type", Single(response, "Access-Control-Allow-Headers"));
        Assert.Equal("3600", Single(response, "Access-Control-Max-Age"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Post_ScreeningFromOwnOriginWithTrailingSlash_IsServedWithAllowOrigin()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/recipients/screen")
        {
            Content = JsonContent.Create(new { recipients = new[] { "socialedienst@kluisbergen.be" } }),
        };
        request.Headers.Add("Origin", Own + "/");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Own + "/", Single(response, "Access-Control-Allow-Origin"));
        Assert.Contains("Origin", string.Join(",", response.Headers.Vary), StringComparison.Ordinal);
        Assert.True((await response.JsonAsync()).GetProperty("results")[0].GetProperty("allowedMailbox").GetBoolean());
    }

    [Fact]
    public async Task Get_DirectoryFromOwnOriginWithTrailingSlash_EchoesTheOriginNotAStar()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/directory");
        request.Headers.Add("Origin", Own + "/");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Own + "/", Single(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task PostAndPreflight_FromConfiguredOrigin_CarryOneAllowOrigin()
    {
        await using var host = await ReferralHost.CreateAsync(settings: new Dictionary<string, string?> { ["Security:AllowedOrigins:0"] = Configured });
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/recipients/screen")
        {
            Content = JsonContent.Create(new { recipients = new[] { "jan@example.be" } }),
        };
        request.Headers.Add("Origin", Configured);

        using var preflight = await client.SendAsync(Preflight("/api/recipients/screen", "POST", Configured, "content-type"));
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal(Configured, Single(preflight, "Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Configured, Single(response, "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("http://localhost.evil.example")]
    [InlineData("http://localhost//")]
    [InlineData("null")]
    public async Task Preflight_ScreeningFromAnotherOrigin_IsRefused(string origin)
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateClient();

        using var response = await client.SendAsync(Preflight("/api/recipients/screen", "POST", origin, "content-type"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_ReferralsFromOwnOriginWithTrailingSlash_OpensNothingBeyondTheScriptsEndpoints()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateClient();

        using var response = await client.SendAsync(Preflight("/api/referrals", "POST", Own + "/", "authorization,content-type"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Headers"));
    }

    private static HttpRequestMessage Preflight(string path, string method, string origin, string headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }

    private static string Single(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values) ? values : []);
}
