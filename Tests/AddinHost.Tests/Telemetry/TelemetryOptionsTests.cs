using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
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
    public async Task Start_NothingConfigured_StartsWithoutTheSdk()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode);
        // No exporter, no SDK: nothing creates a span or aggregates a metric that no one would receive (issue #20).
        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData("OpenTelemetry:OtlpEndpoint", "http://127.0.0.1:4318")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318")]
    [InlineData("OpenTelemetry:PrometheusPort", "0")]
    public async Task Start_AnExportConfigured_RunsTheSdk(string key, string value)
    {
        var port = value == "0" ? FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture) : value;
        await using var host = await ReferralHost.CreateAsync(settings: new Dictionary<string, string?>
        {
            [key] = port,
            ["OpenTelemetry:PrometheusHost"] = "127.0.0.1",
        });
        using var client = host.CreateClient();

        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
