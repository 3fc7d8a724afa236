using System.Net;
using System.Net.Http.Json;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Security;

public sealed class CorsTests
{
    private const string Allowed = "https://addin.example.be";

    [Theory]
    [InlineData("/api/referrals", "POST")]
    [InlineData("/api/recipients/check", "POST")]
    [InlineData("/api/admin/consents", "GET")]
    public async Task Preflight_FromEvilOrigin_IsRefusedWithoutCorsHeaders(string path, string method)
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateClient();

        using var response = await client.SendAsync(Preflight(path, method, "https://evil.example"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Preflight_FromConfiguredOrigin_IsAllowedForThatOriginOnly()
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateClient();

        using var response = await client.SendAsync(Preflight("/api/referrals", "POST", Allowed));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Allowed, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.DoesNotContain("*", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FromEvilOrigin_IsRefusedAndNothingIsSent()
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateWorker();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(Referral.Valid()) };
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("origin_not_allowed", (await response.JsonAsync()).GetProperty("code").GetString());
        Assert.Empty(Pickup.Files(host.PickupDirectory));
    }

    [Fact]
    public async Task Post_FromOwnOrigin_IsServed()
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateWorker();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/recipients/check")
        {
            Content = JsonContent.Create(new { recipients = new[] { "socialedienst@kluisbergen.be" } }),
        };
        request.Headers.Add("Origin", "http://localhost");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Directory_FromAnyOrigin_IsPublicWithoutCredentials()
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/directory");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    private static Task<ReferralHost> CreateHostAsync() =>
        ReferralHost.CreateAsync(settings: new Dictionary<string, string?> { ["Security:AllowedOrigins:0"] = Allowed });

    private static HttpRequestMessage Preflight(string path, string method, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }
}
