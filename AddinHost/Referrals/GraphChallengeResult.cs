using Microsoft.Net.Http.Headers;
using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>403 with a <c>WWW-Authenticate</c> challenge: the task pane asks MSAL for consent/MFA and retries.</summary>
internal sealed class GraphChallengeResult(string wwwAuthenticate) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers[HeaderNames.WWWAuthenticate] = wwwAuthenticate;
        return Problems.Create(403, "graph_interaction_required",
            "Outlook vraagt eerst uw toestemming of een extra aanmelding om in uw naam te mailen. Meld u opnieuw aan en probeer nog eens.")
            .ExecuteAsync(httpContext);
    }
}
