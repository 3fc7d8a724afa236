using System.Net;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Infrastructure;

/// <summary>Dates and page numbers out of range are a 400 at the field, never a 500 or a silent page 1.</summary>
public sealed class QueryLimitsTests
{
    [Theory]
    [InlineData("/api/admin/consents?to=9999-12-31", "to")]
    [InlineData("/api/admin/consents?from=0001-01-01", "from")]
    [InlineData("/api/admin/consents?page=2147483647", "page")]
    [InlineData("/api/admin/audit?to=9999-12-31", "to")]
    [InlineData("/api/admin/audit?page=2147483647", "page")]
    [InlineData("/api/admin/audit?page=0", "page")]
    public async Task List_OutOfRange_Returns400AtTheField(string path, string field)
    {
        await using var host = await ReferralHost.CreateAsync();
        using var dpo = host.CreateDpo(); // the register is the DPO's; the audit trail is the DPO's and the administrator's

        using var response = await dpo.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (name, code) = Assert.Single(await response.CodesAsync());
        Assert.Equal(field, name);
        Assert.EndsWith("_out_of_range", code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditList_PageBeyondTheLast_IsEmptyNotTheFirst()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();
        using var worker = host.CreateWorker();
        (await worker.PostAsync(new Uri("/api/referrals/lookup", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { givenName = "Jan", familyName = "Janssens", postalCode = "9690" }))).Dispose();

        using var response = await admin.GetAsync(new Uri("/api/admin/audit?page=100000&pageSize=200", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.JsonAsync();
        Assert.Equal(100000, page.GetProperty("page").GetInt32());
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }
}
