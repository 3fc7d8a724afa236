using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Referrals;

internal static class ReferralResults
{
    public static IResult Created(ReferralCreated body, bool replayed) =>
        new CreatedWithReplay(body, replayed);

    /// <summary>
    /// The send failed and the record says so. Either way the passphrase was never shown, so a mail that did leave
    /// cannot be opened: the worker sends again (a new referral), and where the outcome is uncertain first looks in
    /// Sent Items so that the OCMW can be asked to delete the unreadable one.
    /// </summary>
    public static IResult MailFailed(ConsentRecordEntity referral)
    {
        var uncertain = Mail.MailOutcome.IsUncertain(referral.FailureCode);
        var detail = uncertain
            ? $"Microsoft 365 antwoordde niet op tijd: misschien is de e-mail met referentie {referral.Reference} toch vertrokken. "
                + "Zonder wachtwoord kan het OCMW ze niet openen. Verstuur de doorverwijzing opnieuw; staat de e-mail in uw map "
                + "Verzonden items, vraag het OCMW dan om ze te verwijderen."
            : $"De e-mail werd niet verzonden. De doorverwijzing met referentie {referral.Reference} is als mislukt geregistreerd. "
                + "Verstuur ze opnieuw: ze krijgt een nieuwe referentie en een nieuw wachtwoord.";
        var extensions = new Dictionary<string, object?>
        {
            ["referralId"] = referral.Id,
            ["reference"] = referral.Reference,
            ["reason"] = referral.FailureCode,
            ["outcomeUncertain"] = uncertain,
        };
        return Problems.Create(502, "mail_send_failed", "De e-mail kon niet verzonden worden.", extensions, detail);
    }

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
