using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Referrals;

internal static class ReferralResults
{
    public static IResult Created(ReferralCreated body, bool replayed) =>
        new CreatedWithReplay(body, replayed);

    public static IResult MailFailed(ConsentRecordEntity referral) =>
        Problems.Create(502, "mail_send_failed",
            "De e-mail kon niet verzonden worden. De doorverwijzing is als mislukt geregistreerd; probeer opnieuw.",
            new Dictionary<string, object?>
            {
                ["referralId"] = referral.Id,
                ["reference"] = referral.Reference,
                ["reason"] = referral.FailureCode,
            });

    /// <summary>201 with Location; a replay is marked so clients and logs can tell.</summary>
    private sealed class CreatedWithReplay(ReferralCreated body, bool replayed) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            if (replayed)
            {
                httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            }

            httpContext.Response.Headers.CacheControl = "no-store";
            return TypedResults.Created($"/api/referrals/{body.ReferralId}", body).ExecuteAsync(httpContext);
        }
    }
}
