using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using OutlookReferralAddin.AddinHost.Telemetry;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Telemetry;

public sealed class ReferralMetricsTests
{
    [Theory]
    [InlineData("graph_503", "graph_503")]
    [InlineData("recipient_lookalike", "recipient_lookalike")]
    [InlineData("Zoë Vandersmissen", "other")]
    [InlineData("zoe.vandersmissen@example.be", "other")]
    [InlineData("", "other")]
    [InlineData(null, "other")]
    public void Code_AnyValue_OnlyCodesPass(string? value, string expected) =>
        Assert.Equal(expected, ReferralMetrics.Code(value));

    [Fact]
    public async Task Create_LookalikeRecipient_CountsRefusedWithItsCode()
    {
        // The meter is process-wide and other tests send in parallel: look for this refusal's code among all.
        var refused = new ConcurrentBag<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ReferralMetrics.Name && instrument.Name == "ocmw.referrals.refused")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                refused.Add($"{tag.Key}={tag.Value}");
            }
        });
        listener.Start();
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateWorker();

        using var response = await Referral.PostAsync(client, Referral.Valid(recipient: "socialedienst@kluisbergem.be"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var code = (await response.JsonAsync()).GetProperty("code").GetString();
        Assert.Contains($"reason={code}", refused);
    }
}
