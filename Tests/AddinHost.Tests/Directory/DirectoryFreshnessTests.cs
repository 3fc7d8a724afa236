using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Directory;

/// <summary>
/// Issue #21, item 2: the pane must see an approved change on its next request. The directory is revalidated every time
/// with a tag of the rows stored now; the rows below are written straight into the database, so no instance cache helps.
/// </summary>
public sealed class DirectoryFreshnessTests
{
    [Fact]
    public async Task GetDirectory_Anonymous_NoCacheWithStrongETag()
    {
        await using var host = await ReferralHost.CreateAsync();

        using var response = await host.CreateClient().GetAsync("/api/directory");

        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.False(response.Headers.ETag!.IsWeak);
    }

    [Fact]
    public async Task GetDirectory_MailboxConfirmedElsewhereAfterFirstRead_NextRequestAnswersNewListNot304()
    {
        await using var host = await ReferralHost.CreateAsync();
        await host.QueryAsync(db => { db.OcmwProtocols.Add(DirectoryRows.Oudenaarde("oudenaarde", "9700")); return db.SaveChangesAsync(); });
        using var client = host.CreateClient();
        using var before = await client.GetAsync("/api/directory");
        Assert.Empty(Verified(await before.JsonAsync(), "oudenaarde"));

        await host.QueryAsync(db =>
        {
            db.MailboxVerifications.Add(DirectoryRows.Confirmed("oudenaarde", DirectoryRows.Mailbox("oudenaarde")));
            return db.SaveChangesAsync();
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/directory");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal([DirectoryRows.Mailbox("oudenaarde")], Verified(await after.JsonAsync(), "oudenaarde"));
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/directory");
        again.Headers.IfNoneMatch.Add(after.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Residence_OcmwOfPostcodeNotVerified_SaysWhyItCannotBeChosenNotServed()
    {
        await using var host = await ReferralHost.CreateAsync();
        var worker = host.CreateWorker();
        // Read once first: the instance's advice cache now holds the directory without Oudenaarde.
        (await worker.PostAsJsonAsync("/api/recipients/residence", new { postalCode = "9690" })).Dispose();
        await host.QueryAsync(db => { db.OcmwProtocols.Add(DirectoryRows.Oudenaarde("oudenaarde", "9700")); return db.SaveChangesAsync(); });

        using var response = await worker.PostAsJsonAsync("/api/recipients/residence", new { postalCode = "9700" });

        var json = await response.JsonAsync();
        Assert.Equal(("postcode_ocmw_not_verified", false), (json.GetProperty("code").GetString(), json.GetProperty("allowed").GetBoolean()));
        Assert.StartsWith(
            "Deze postcode hoort bij OCMW Oudenaarde, maar de mailbox van de sociale dienst is nog niet bevestigd. U kunt er nog niet naar doorverwijzen.",
            json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Residence_OcmwApprovedAndConfirmedAfterFirstCheck_NextCheckServed()
    {
        await using var host = await ReferralHost.CreateAsync();
        var worker = host.CreateWorker();
        // The first check finds no OCMW for 9700 (and would fill a five-minute cache with that answer).
        (await worker.PostAsJsonAsync("/api/recipients/residence", new { postalCode = "9700" })).Dispose();
        await host.QueryAsync(db =>
        {
            db.OcmwProtocols.Add(DirectoryRows.Oudenaarde("oudenaarde", "9700"));
            db.MailboxVerifications.Add(DirectoryRows.Confirmed("oudenaarde", DirectoryRows.Mailbox("oudenaarde")));
            return db.SaveChangesAsync();
        });

        using var response = await worker.PostAsJsonAsync("/api/recipients/residence", new { postalCode = "9700" });

        var json = await response.JsonAsync();
        Assert.Equal("postcode_served", json.GetProperty("code").GetString());
        Assert.Equal("Deze postcode hoort bij OCMW Oudenaarde.", json.GetProperty("message").GetString());
    }

    private static List<string?> Verified(JsonElement directory, string id) =>
        [.. directory.GetProperty("ocmws").EnumerateArray().Single(o => o.GetProperty("id").GetString() == id)
            .GetProperty("verifiedMailboxes").EnumerateArray().Select(m => m.GetString())];
}
