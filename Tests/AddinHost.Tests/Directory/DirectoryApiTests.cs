using System.Net;
using System.Net.Http.Headers;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Directory;

public sealed class DirectoryApiTests
{
    [Fact]
    public async Task GetDirectory_Anonymous_ReturnsSeededProtocolsRevalidated()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/api/directory");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.NotNull(response.Headers.ETag);
        var json = await response.JsonAsync();
        var ocmws = json.GetProperty("ocmws").EnumerateArray().ToList();
        Assert.Equal(["kluisbergen", "tessenderlo-ham"], ocmws.Select(o => o.GetProperty("id").GetString()));
        var tessenderlo = ocmws[1];
        Assert.Equal(["3980", "3945"], tessenderlo.GetProperty("postalCodes").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("socialedienst@tessenderlo-ham.be", tessenderlo.GetProperty("mailboxes")[0].GetString());
        Assert.Equal("inForce", tessenderlo.GetProperty("status").GetString());
        Assert.Equal("Kind en Gezin West-Limburg", tessenderlo.GetProperty("referringTeam").GetString());
    }

    [Fact]
    public async Task GetDirectory_SeededProtocols_CarryContactPointsForCallingAndWriting()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/api/directory");
        var ocmws = (await response.JsonAsync()).GetProperty("ocmws");

        var kluisbergen = ocmws[0];
        Assert.Equal("+3255389410", kluisbergen.GetProperty("socialServicePhone").GetProperty("tel").GetString());
        Assert.Equal("055 38 94 10", kluisbergen.GetProperty("socialServicePhone").GetProperty("display").GetString());
        Assert.Equal("scheldeleie@kindengezin.be", kluisbergen.GetProperty("teamMailbox").GetString());
        Assert.Equal("055 33 47 00", kluisbergen.GetProperty("teamPhone").GetProperty("display").GetString());
        var tessenderlo = ocmws[1];
        Assert.Equal("013 66 17 15", tessenderlo.GetProperty("socialServicePhone").GetProperty("display").GetString());
        Assert.Equal("westlimburg@kindengezin.be", tessenderlo.GetProperty("teamMailbox").GetString());
        Assert.Equal("+3211426080", tessenderlo.GetProperty("teamPhone").GetProperty("tel").GetString());
    }

    [Fact]
    public async Task GetDirectory_IfNoneMatchCurrentTag_Returns304()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateClient();
        using var first = await client.GetAsync("/api/directory");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/directory");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request);
        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/directory");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"old\""));
        using var third = await client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task GetDirectory_BeforeProtocolInForce_ShowsStatusAndChangesTag()
    {
        await using var host = await ReferralHost.CreateAsync(start: new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));
        using var client = host.CreateClient();
        using var earlier = await client.GetAsync("/api/directory");
        host.Time.Advance(TimeSpan.FromDays(30));

        using var now = await client.GetAsync("/api/directory");

        Assert.Equal("notYetInForce", (await earlier.JsonAsync()).GetProperty("ocmws")[1].GetProperty("status").GetString());
        Assert.Equal("inForce", (await now.JsonAsync()).GetProperty("ocmws")[1].GetProperty("status").GetString());
        Assert.NotEqual(now.Headers.ETag, earlier.Headers.ETag);
    }
}
