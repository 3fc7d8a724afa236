using System.Net;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Referrals;

/// <summary>Once the consent record exists, every way out of the send gives it an outcome: nothing stays pending.</summary>
public sealed class ReferralSubmissionTests
{
    [Fact]
    public async Task Post_PickupFolderPathUnusable_IsRecordedFailedWithCodeNot500()
    {
        // A NUL in the folder name makes the path API itself throw (ArgumentException, not an IOException).
        await using var host = await ReferralHost.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Mail:PickupDirectory"] = "out\0box",
        });

        using var response = await Referral.PostAsync(host.CreateWorker(), Referral.Valid());

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadGateway, $"{response.StatusCode}: {text}");
        var json = await response.JsonAsync();
        Assert.Equal(("mail_send_failed", "mail_unexpected_error"), (json.GetProperty("code").GetString(), json.GetProperty("reason").GetString()));
        Assert.True(json.GetProperty("outcomeUncertain").GetBoolean());
        var record = await host.QueryAsync(db => db.ConsentRecords.Select(r => new { r.Status, r.FailureCode }).SingleAsync());
        Assert.Equal((ReferralStatus.Failed, "mail_unexpected_error"), (record.Status, record.FailureCode));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("ArgumentException:", StringComparison.Ordinal) || l.Contains("out\0box", StringComparison.Ordinal));
    }
}
