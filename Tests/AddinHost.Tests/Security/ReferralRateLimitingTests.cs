using System.Net;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Security;

public sealed class ReferralRateLimitingTests
{
    [Fact]
    public async Task Post_OverLimitPerUser_Returns429ProblemWithRetryAfterAndOtherUsersGoOn()
    {
        await using var host = await ReferralHost.CreateAsync(settings: new Dictionary<string, string?> { ["RateLimiting:ReferralsPerMinute"] = "2" });
        using var first = host.CreateWorker("eerste@opgroeien.be");
        using var second = host.CreateWorker("tweede@opgroeien.be");

        using var a = await Referral.PostAsync(first, Referral.Valid());
        using var b = await Referral.PostAsync(first, Referral.Again(Referral.Valid()));
        using var refused = await Referral.PostAsync(first, Referral.Again(Referral.Valid()));
        using var other = await Referral.PostAsync(second, Referral.Again(Referral.Valid()));
        using var read = await first.GetAsync("/api/directory");

        Assert.Equal(HttpStatusCode.Created, a.StatusCode);
        Assert.Equal(HttpStatusCode.Created, b.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("rate_limited", (await refused.JsonAsync()).GetProperty("code").GetString());
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(3, Pickup.Files(host.PickupDirectory).Count);
    }

    [Fact]
    public async Task Post_Default_AllowsTenPerMinute()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateWorker();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            using var response = await Referral.PostAsync(client, Referral.Again(Referral.Valid()));
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.Created, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }
}
