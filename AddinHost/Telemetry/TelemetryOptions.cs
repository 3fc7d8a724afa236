using System.ComponentModel.DataAnnotations;
using OpenTelemetry.Exporter;

namespace OutlookReferralAddin.AddinHost.Telemetry;

/// <summary>
/// Where traces and metrics go. Nothing is exported by default: OTLP only when an endpoint is configured (here or in
/// the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), the Prometheus scrape endpoint only when a port is set, on its own
/// port so that it is never reachable through the public listener or the reverse proxy.
/// </summary>
internal sealed class TelemetryOptions : IValidatableObject
{
    public const string Section = "OpenTelemetry";

    /// <summary>OTLP collector base address, e.g. <c>http://collector:4318</c>. Default: none.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>Protocol for <see cref="OtlpEndpoint"/>. Default: <c>HttpProtobuf</c> (port 4318, passes HTTP proxies).</summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.HttpProtobuf;

    /// <summary>Port of the Prometheus scrape endpoint (<c>/metrics</c>). Default: none (off).</summary>
    [Range(1, 65535)]
    public int? PrometheusPort { get; set; }

    /// <summary>Host name the scrape endpoint listens on: <c>*</c> (all addresses) or e.g. <c>127.0.0.1</c>. Default: <c>*</c>.</summary>
    [Required]
    [RegularExpression(@"^(\*|\+|[A-Za-z0-9.\-]+)$")]
    public string PrometheusHost { get; set; } = "*";

    /// <summary><c>service.name</c> of every span and metric. Default: <c>ocmw-referral-addin</c>.</summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9.-]{0,62}$")]
    public string ServiceName { get; set; } = "ocmw-referral-addin";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OtlpEndpoint is { } endpoint && (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult("must be an absolute http(s) address", [nameof(OtlpEndpoint)]);
        }
    }
}
