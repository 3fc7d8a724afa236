using System.Diagnostics;
using System.Net;
using System.Text.Json;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Telemetry;

/// <summary>
/// The host's telemetry read by real parts: Debian's Prometheus scraping the host process, and an OTLP/HTTP receiver
/// whose protobuf bodies are decoded by code generated from the OTLP .proto files. Neither may see a personal value.
/// </summary>
public sealed class TelemetryExportTests
{
    private const string Worker = "telemetrie.medewerker@opgroeien.be";

    [Fact]
    public async Task PrometheusScrape_ReferralsSent_PromQlReturnsTheCount()
    {
        const int sent = 4;
        var data = System.IO.Directory.CreateTempSubdirectory("telemetry-prom-");
        var metricsPort = HostProcess.FreePort();
        await using var host = await HostProcess.StartAsync(Settings(data, new()
        {
            ["OpenTelemetry:PrometheusPort"] = metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OpenTelemetry:PrometheusHost"] = "127.0.0.1",
        }));
        await using var prometheus = await PrometheusServer.StartAsync(metricsPort);
        using var client = WorkerClient(host);

        for (var i = 0; i < sent; i++)
        {
            using var created = await Referral.PostAsync(client, Referral.Again(Referral.Valid()));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var refused = await Referral.PostAsync(client, Referral.Valid(recipient: "socialedienst@kluisbergem.be"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);

        var count = await PollAsync(() => prometheus.QueryScalarAsync("sum(ocmw_referrals_sent_total{job=\"addinhost\"})"), v => v == sent);
        Assert.Equal(sent, count);
        var refusals = await PollAsync(() => prometheus.QueryScalarAsync("sum(ocmw_referrals_refused_total)"), v => v == 1);
        Assert.Equal(1, refusals);

        using var scrape = new HttpClient();
        var exposition = await scrape.GetStringAsync(new Uri($"http://127.0.0.1:{metricsPort}/metrics"));
        Assert.Contains("ocmw_referrals_refused_total{", exposition, StringComparison.Ordinal);
        AssertNothingPersonal(exposition, "Prometheus exposition");
    }

    [Fact]
    public async Task OtlpExport_OneReferral_TraceHasGraphSpanAndNoPersonalValue()
    {
        var data = System.IO.Directory.CreateTempSubdirectory("telemetry-otlp-");
        await using var graph = await FakeGraphServer.StartAsync();
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var host = await HostProcess.StartAsync(Settings(data, new()
        {
            ["Mail:Mode"] = "Graph",
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["OpenTelemetry:OtlpEndpoint"] = receiver.Endpoint,
            // Export within a second instead of 5 s (spans) and 60 s (metrics).
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        }));
        using var client = WorkerClient(host);

        using var created = await Referral.PostAsync(client, Referral.Valid());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var passphrase = (await created.JsonAsync()).GetProperty("passphrase").GetString()!;

        List<Span> spans = [];
        await PollAsync(async () => spans = Spans(await receiver.DecodeAsync("traces")), s => s.Any(x => x.Name == "graph sendMail")
            && s.Any(x => x.Kind == "SPAN_KIND_SERVER" && x.Attribute("http.route") == "/api/referrals/"));
        var request = Assert.Single(spans, s => s.Kind == "SPAN_KIND_SERVER" && s.Attribute("http.route") == "/api/referrals/");
        var send = Assert.Single(spans, s => s.Name == "graph sendMail");
        var http = Assert.Single(spans, s => s.Kind == "SPAN_KIND_CLIENT" && (s.Attribute("url.full") ?? "").EndsWith("/v1.0/me/sendMail", StringComparison.Ordinal));
        Assert.Equal(request.TraceId, send.TraceId);
        Assert.Equal(send.SpanId, http.ParentSpanId);
        Assert.Equal("202", send.Attribute("http.response.status_code"));
        Assert.Contains(spans, s => s.TraceId == request.TraceId && s.Attribute("db.system") is not null);

        var metrics = "";
        await PollAsync(async () => metrics = await receiver.DecodeAsync("metrics"), m => m.Contains("ocmw.referrals.sent", StringComparison.Ordinal));
        var traces = await receiver.DecodeAsync("traces");
        AssertNothingPersonal(traces + metrics, "OTLP export", passphrase);
    }

    private static void AssertNothingPersonal(string exported, string what, string? passphrase = null)
    {
        foreach (var value in Referral.PersonalValues.Append(Worker).Append(passphrase).OfType<string>())
        {
            Assert.False(exported.Contains(value, StringComparison.OrdinalIgnoreCase), $"{what} contains '{value}'");
        }
    }

    private static Dictionary<string, string> Settings(DirectoryInfo data, Dictionary<string, string> extra)
    {
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Referrals"] = $"Data Source={Path.Combine(data.FullName, "referrals.db")}",
            ["Mail:PickupDirectory"] = Path.Combine(data.FullName, "outbox"),
            ["Graph:RetryDelaySeconds"] = "0",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static HttpClient WorkerClient(HostProcess host)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Dev-User", Worker);
        return client;
    }

    private static async Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var clock = Stopwatch.StartNew();
        var value = await read();
        while (!done(value) && clock.Elapsed < TimeSpan.FromSeconds(45))
        {
            await Task.Delay(500);
            value = await read();
        }

        return value;
    }

    private sealed record Span(string Name, string Kind, string TraceId, string SpanId, string? ParentSpanId, Dictionary<string, string> Attributes)
    {
        public string? Attribute(string key) => Attributes.GetValueOrDefault(key);
    }

    private static List<Span> Spans(string decoded) =>
    [
        .. decoded.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('{'))
            .SelectMany(line =>
            {
                using var json = JsonDocument.Parse(line);
                return Array(json.RootElement, "resourceSpans").SelectMany(r => Array(r, "scopeSpans")).SelectMany(s => Array(s, "spans"))
                    .Select(s => new Span(
                        s.GetProperty("name").GetString()!, s.GetProperty("kind").GetString()!, s.GetProperty("traceId").GetString()!,
                        s.GetProperty("spanId").GetString()!, s.TryGetProperty("parentSpanId", out var p) ? p.GetString() : null,
                        Array(s, "attributes").ToDictionary(a => a.GetProperty("key").GetString()!, a => Scalar(a.GetProperty("value")))))
                    .ToList();
            }),
    ];

    private static JsonElement[] Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) ? [.. array.EnumerateArray()] : [];

    private static string Scalar(JsonElement value) => value.EnumerateObject().First().Value.ToString();
}
