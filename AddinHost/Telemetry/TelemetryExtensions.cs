using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Telemetry;

internal static class TelemetryExtensions
{
    /// <summary>
    /// When exporting, the SDK subscribes to EF Core's diagnostics here, before the first query: a pooled EF Core context
    /// that found no subscriber (the migrations and seed check at start, before the SDK's hosted service) remembers that
    /// for a second, and the first referrals' database spans went missing (TelemetryExportTests failed about every
    /// second run).
    /// </summary>
    public static void UseReferralTelemetry(this WebApplication app) => _ = app.Services.GetService<TracerProvider>();

    public static void AddReferralTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidatedOnStart(TelemetryOptions.Section);
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();

        services.AddSingleton<WaitingWorkGauges>();
        services.AddTransient<IStartupFilter, ReferralOutcomeStartupFilter>();
        services.AddOptions<ProblemDetailsOptions>().PostConfigure(o =>
        {
            var earlier = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = c =>
            {
                earlier?.Invoke(c);
                ReferralOutcomes.Remember(c);
            };
        });

        services.AddHostedService<GaugeRegistration>();

        // Without an exporter the SDK would still create and enrich an activity for every request, HTTP call and
        // database command, only to drop it: off by default, the instruments below cost nothing until something listens
        // (issue #20: start-up and per-referral overhead). The meters themselves always exist; a MeterListener sees them.
        var otlpFromEnvironment = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (options.OtlpEndpoint is null && !otlpFromEnvironment && options.PrometheusPort is null)
        {
            return;
        }

        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName))
            .WithTracing(t => t
                .AddSource(ReferralMetrics.Name)
                .AddAspNetCoreInstrumentation(o =>
                {
                    // Liveness and readiness probes every few seconds are noise, not requests.
                    o.Filter = c => !c.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal);
                    o.EnrichWithHttpRequest = (activity, _) => TelemetryPrivacy.Scrub(activity);
                })
                .AddHttpClientInstrumentation(o => o.EnrichWithHttpRequestMessage = (activity, _) => TelemetryPrivacy.Scrub(activity))
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(m =>
            {
                m.AddMeter(ReferralMetrics.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                // Only a valid port: a wrong one is refused by the options validation, naming the key, not by the listener.
                if (options.PrometheusPort is { } port and >= 1 and <= 65535)
                {
                    m.AddPrometheusHttpListener(p =>
                    {
                        p.Host = options.PrometheusHost;
                        p.Port = port;
                    });
                }
            });

        if (options.OtlpEndpoint is { IsAbsoluteUri: true, Scheme: "http" or "https" } endpoint)
        {
            otel.UseOtlpExporter(options.OtlpProtocol, endpoint);
        }
        else if (otlpFromEnvironment)
        {
            // The standard variables (endpoint, protocol, headers) as every OpenTelemetry SDK reads them.
            otel.UseOtlpExporter();
        }
    }

    /// <summary>Registers the database gauges once the host runs (they need its services).</summary>
    private sealed class GaugeRegistration(WaitingWorkGauges gauges) : IHostedService
    {
        private static int _registered;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            // The meter is process-wide: a second host in the same process (tests) must not add the gauges twice.
            if (Interlocked.Exchange(ref _registered, 1) == 0)
            {
                gauges.Register();
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class ReferralOutcomeStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(ReferralOutcomes.ObserveAsync);
            next(app);
        };
    }
}
