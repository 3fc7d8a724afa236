using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Telemetry;

public sealed class TelemetryOptionsTests
{
    [Theory]
    [InlineData("OpenTelemetry:PrometheusPort", "70000", "OpenTelemetry:PrometheusPort")]
    [InlineData("OpenTelemetry:PrometheusPort", "0", "OpenTelemetry:PrometheusPort")]
    [InlineData("OpenTelemetry:OtlpEndpoint", "ftp://collector:4318", "OpenTelemetry:OtlpEndpoint")]
    [InlineData("OpenTelemetry:PrometheusHost", "http://x/", "OpenTelemetry:PrometheusHost")]
    [InlineData("OpenTelemetry:ServiceName", "Met Spatie", "OpenTelemetry:ServiceName")]
    public async Task Start_InvalidTelemetrySetting_FailsNamingTheKey(string key, string value, string message)
    {
        await using var host = await ReferralHost.CreateAsync(settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(message, StartupErrors.Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NothingConfigured_StartsWithoutExport()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode);
    }
}
