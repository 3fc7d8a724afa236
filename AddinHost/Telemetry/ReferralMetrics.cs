using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OutlookReferralAddin.AddinHost.Telemetry;

/// <summary>
/// The host's own instruments (OpenTelemetry semantic-convention names: dotted, lower case, unit in braces for counts).
/// Attributes are codes from fixed lists only (reason codes, verdicts): never a client value, address or worker's UPN,
/// so every label has few values and none is personal.
/// </summary>
internal static class ReferralMetrics
{
    public const string Name = "OutlookReferralAddin";

    // Static: the recording sites (submission, retry handler, screening) stay one-line calls without new constructor
    // parameters; the meter is process-wide like the ActivitySource beside it.
    public static readonly Meter Meter = new(Name, "1.0");

    public static readonly ActivitySource Source = new(Name, "1.0");

    private static readonly Counter<long> Sent = Meter.CreateCounter<long>(
        "ocmw.referrals.sent", "{referral}", "Referrals whose archive the mail service accepted.");

    private static readonly Counter<long> Refused = Meter.CreateCounter<long>(
        "ocmw.referrals.refused", "{referral}", "Referrals refused before any mail, by reason code.");

    private static readonly Counter<long> Failed = Meter.CreateCounter<long>(
        "ocmw.referrals.failed", "{referral}", "Referrals whose send failed, by failure code.");

    private static readonly Counter<long> Screened = Meter.CreateCounter<long>(
        "ocmw.recipients.screened", "{recipient}", "Compose-window screening decisions, by verdict and code.");

    private static readonly Histogram<double> GraphDuration = Meter.CreateHistogram<double>(
        "ocmw.graph.send.duration", "s", "Time of one Graph sendMail including retries.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });

    private static readonly Counter<long> GraphRetries = Meter.CreateCounter<long>(
        "ocmw.graph.retries", "{retry}", "Graph requests repeated after 429 or 503.");

    public static void RecordSent() => Sent.Add(1);

    public static void RecordRefused(string reason) => Refused.Add(1, new KeyValuePair<string, object?>("reason", Code(reason)));

    public static void RecordFailed(string reason) => Failed.Add(1, new KeyValuePair<string, object?>("reason", Code(reason)));

    public static void RecordScreening(string verdict, string code) =>
        Screened.Add(1, new("verdict", Code(verdict)), new("code", Code(code)));

    public static void RecordGraphSend(TimeSpan elapsed, int status) =>
        GraphDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("http.response.status_code", status));

    public static void RecordGraphRetry(int status) =>
        GraphRetries.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status));

    /// <summary>A code is lower-case letters, digits and underscores; anything else (never expected) is not exported.</summary>
    internal static string Code(string? value) =>
        value is { Length: > 0 and <= 64 } && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '.')
            ? value
            : "other";
}
