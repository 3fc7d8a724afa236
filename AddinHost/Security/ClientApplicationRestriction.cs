using Microsoft.AspNetCore.Authentication.JwtBearer;
using OutlookReferralAddin.AddinHost.Authentication;

namespace OutlookReferralAddin.AddinHost.Security;

/// <summary>
/// Microsoft.Identity.Web checks issuer, audience, lifetime and signature but not which client application asked for
/// the token: a valid token for our API obtained by another app of the tenant would pass. This refuses tokens whose
/// <c>azp</c>/<c>appid</c> is not an allowed client (401).
/// </summary>
internal static class ClientApplicationRestriction
{
    public static void AddClientApplicationRestriction(this WebApplicationBuilder builder, SecurityOptions security)
    {
        if (builder.ResolveAuthenticationMode() != AuthenticationMode.Entra)
        {
            return;
        }

        var allowed = security.AllowedClientApplications is { Length: > 0 } list
            ? list
            : [builder.Configuration[$"{EntraOptions.Section}:{nameof(EntraOptions.ClientId)}"] ?? string.Empty];
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            o.Events ??= new JwtBearerEvents();
            var previous = o.Events.OnTokenValidated;
            o.Events.OnTokenValidated = async context =>
            {
                await previous(context);
                if (context.Result is not null)
                {
                    return;
                }

                var client = context.Principal?.FindFirst("azp")?.Value ?? context.Principal?.FindFirst("appid")?.Value;
                if (client is null || !allowed.Contains(client, StringComparer.OrdinalIgnoreCase))
                {
                    context.Fail("The token was issued to a client application that may not call this API.");
                }
            };
        });
    }
}
