using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferralAddin.AddinHost.Authentication;

namespace OutlookReferralAddin.AddinHost.Mail;

/// <summary>
/// Kiota authentication for <c>GraphServiceClient</c>: the worker's own <c>Mail.Send</c> token obtained on-behalf-of
/// through Microsoft.Identity.Web, or a fixed token with the Development sign-in (which has no user token to exchange).
/// </summary>
internal sealed class GraphAuthenticationProvider(
    IServiceProvider services, IOptions<ReferralAuthenticationOptions> auth, IOptions<GraphOptions> graph) : IAuthenticationProvider
{
    public static readonly string[] MailScopes = ["Mail.Send"];

    public async Task AuthenticateRequestAsync(
        RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string header;
        if (auth.Value.Mode == AuthenticationMode.Development)
        {
            header = $"Bearer {graph.Value.DevelopmentToken}";
        }
        else
        {
            var provider = services.GetRequiredService<IAuthorizationHeaderProvider>();
            header = await provider.CreateAuthorizationHeaderForUserAsync(MailScopes, cancellationToken: cancellationToken);
        }

        request.Headers.Remove("Authorization");
        request.Headers.Add("Authorization", header);
    }
}
