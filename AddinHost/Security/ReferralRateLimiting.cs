using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Security;

/// <summary>
/// Per signed-in user (Entra object id), a fixed window per endpoint: referrals, look-ups (a name tried over every
/// postcode is a search of the register, not a question about one family) and incident reports (each one mails both
/// DPOs). Runs after authentication so the partition is the user, not an IP address shared by a whole office.
/// </summary>
internal static class ReferralRateLimiting
{
    public const string CreateReferralEndpoint = "CreateReferral";
    public const string LookupEndpoint = "LookupReferrals";
    public const string ReportIncidentEndpoint = "ReportIncident";

    private sealed record Limit(int Permits, TimeSpan Window, string Title);

    public static void Configure(RateLimiterOptions options, RateLimitingOptions limits, LookupPermits lookups)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(lookups);
        var table = new Dictionary<string, Limit>(StringComparer.Ordinal)
        {
            [CreateReferralEndpoint] = new(limits.ReferralsPerMinute, TimeSpan.FromMinutes(1),
                "U verstuurde te veel doorverwijzingen op korte tijd. Wacht even en probeer opnieuw."),
            [LookupEndpoint] = new(limits.LookupsPerMinute, TimeSpan.FromMinutes(1),
                "U zocht te vaak op korte tijd. Elke opzoeking wordt geregistreerd; wacht even en probeer opnieuw."),
            [ReportIncidentEndpoint] = new(limits.IncidentsPerHour, TimeSpan.FromHours(1),
                "U meldde te veel incidenten op korte tijd. Neem rechtstreeks contact op met de DPO of probeer later opnieuw."),
        };
        // The look-up's budget is kept by LookupPermits, which the send's duplicate check spends from as well.
        var perEndpoint = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            PartitionFor(context, table) is var (key, limit) && !key.StartsWith(LookupEndpoint + ":", StringComparison.Ordinal)
                ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.Permits,
                    Window = limit.Window,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        var lookupsByUser = lookups.ForRequests(context =>
            PartitionFor(context, table) is var (key, _) && key.StartsWith(LookupEndpoint + ":", StringComparison.Ordinal)
                ? key[(LookupEndpoint.Length + 1)..]
                : string.Empty);
        options.GlobalLimiter = PartitionedRateLimiter.CreateChained(perEndpoint, lookupsByUser);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (rejected, _) =>
        {
            var limit = EndpointName(rejected.HttpContext) is { } name && table.TryGetValue(name, out var found) ? found : null;
            var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                : (int)(limit?.Window.TotalSeconds ?? 60);
            rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await Problems.Create(429, "rate_limited", limit?.Title ?? "Te veel verzoeken op korte tijd. Wacht even en probeer opnieuw.",
                    new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds })
                .ExecuteAsync(rejected.HttpContext);
        };
    }

    private static string? EndpointName(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;

    private static (string Key, Limit Limit)? PartitionFor(HttpContext context, Dictionary<string, Limit> table)
    {
        if (EndpointName(context) is not { } name || !table.TryGetValue(name, out var limit) || context.User.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        try
        {
            return ($"{name}:{context.User.ToWorker().ObjectId}", limit);
        }
        catch (InvalidOperationException)
        {
            // No object id: authorization refuses the request anyway.
            return null;
        }
    }
}
