using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Manifest;

namespace OutlookReferralAddin.AddinHost.Events;

/// <summary>
/// A fixed window of permits per client IP for the anonymous screening endpoint, from the same
/// <c>System.Threading.RateLimiting</c> limiters ASP.NET Core's rate-limiting middleware uses. Applied as an endpoint
/// filter so it needs no middleware in Program.cs. Behind a reverse proxy the host must apply forwarded headers,
/// or every worker shares the proxy's partition.
/// </summary>
internal sealed class ScreeningRateLimiter : IEndpointFilter, IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public ScreeningRateLimiter(IOptions<AddinManifestOptions> options)
    {
        var permits = options.Value.ScreeningPermitsPerMinute;
        _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        using var lease = await _limiter.AcquireAsync(context.HttpContext, 1, context.HttpContext.RequestAborted);
        if (!lease.IsAcquired)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Te veel aanvragen",
                detail: "Er kwamen te veel controles van dit adres. Probeer het over een minuut opnieuw.",
                extensions: new Dictionary<string, object?> { ["code"] = "rate_limited" });
        }

        return await next(context);
    }

    public void Dispose() => _limiter.Dispose();
}
