using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace OutlookReferralAddin.AddinHost.Security;

/// <summary>
/// One budget of look-ups per user and minute, shared by <c>POST /api/referrals/lookup</c> (through the rate-limiting
/// middleware) and by the duplicate check of a send that found an earlier referral: both answer "was this family
/// referred?", so asking it through the send must not be a way around the look-up's limit.
/// </summary>
internal sealed class LookupPermits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public LookupPermits(IOptions<RateLimitingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var permits = options.Value.LookupsPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(user => user.Length == 0
            ? RateLimitPartition.GetNoLimiter(string.Empty)
            : RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
    }

    /// <summary>Spends one permit of the user (Entra object id); the lease says whether there was one.</summary>
    public RateLimitLease Acquire(string userObjectId) => _limiter.AttemptAcquire(userObjectId);

    /// <summary>The same budget keyed by request: <paramref name="userOf"/> gives the user, or "" for requests it does not limit.</summary>
    public PartitionedRateLimiter<HttpContext> ForRequests(Func<HttpContext, string> userOf) =>
        _limiter.WithTranslatedKey(userOf, leaveOpen: true);

    public void Dispose() => _limiter.Dispose();
}
