using System.Net;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Infrastructure;

public sealed class OpenApiTests
{
    [Fact]
    public async Task OpenApiDocument_ListsTheReferralApi()
    {
        await using var host = await ReferralHost.CreateAsync();

        using var response = await host.CreateClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await response.JsonAsync()).GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/referrals", out _));
        Assert.True(paths.TryGetProperty("/api/recipients/check", out _));
        Assert.True(paths.TryGetProperty("/api/directory", out _));
        Assert.True(paths.TryGetProperty("/api/admin/consents", out _));
    }
}
