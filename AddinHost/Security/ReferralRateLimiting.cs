using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Security;

/// <summary>
/// <c>POST /api/referrals</c> limited per signed-in worker (Entra object id), a fixed window of one minute.
/// Runs after authentication so the partition is the user, not an IP address shared by a whole office.
/// </summary>
internal static class ReferralRateLimiting
{
    public const string CreateReferralEndpoint = "CreateReferral";

    public static void Configure(RateLimiterOptions options, int referralsPerMinute)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            PartitionFor(context) is { } user
                ? RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = referralsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (rejected, _) =>
        {
            var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                : 60;
            rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await Problems.Create(429, "rate_limited",
                    "U verstuurde te veel doorverwijzingen op korte tijd. Wacht even en probeer opnieuw.",
                    new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds })
                .ExecuteAsync(rejected.HttpContext);
        };
    }

    private static string? PartitionFor(HttpContext context)
    {
        var name = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        if (!string.Equals(name, CreateReferralEndpoint, StringComparison.Ordinal) || context.User.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        try
        {
            return context.User.ToWorker().ObjectId;
        }
        catch (InvalidOperationException)
        {
            // No object id: authorization refuses the request anyway.
            return null;
        }
    }
}
