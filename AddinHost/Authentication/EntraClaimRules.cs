using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace OutlookReferralAddin.AddinHost.Authentication;

/// <summary>
/// What an Entra token must carry before any endpoint sees it. Claims keep their token names (no mapping onto the
/// WS-Federation URIs, which folds <c>role</c> and <c>roles</c> into one): app roles come from <c>roles</c> only, as
/// Entra issues them for the app registration. A token without <c>oid</c> names no worker the consent register could
/// record, so it is refused as unauthenticated (401) instead of failing later inside an endpoint.
/// </summary>
internal static class EntraClaimRules
{
    public static void AddEntraClaimRules(this IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters.RoleClaimType = UserClaims.Roles;
            o.TokenValidationParameters.NameClaimType = UserClaims.PreferredUserName;
            o.Events ??= new JwtBearerEvents();
            var previous = o.Events.OnTokenValidated;
            o.Events.OnTokenValidated = async context =>
            {
                await previous(context);
                if (context.Result is null && string.IsNullOrWhiteSpace(context.Principal?.FindFirst(UserClaims.ObjectId)?.Value))
                {
                    context.Fail("The token carries no oid claim.");
                }
            };
        });
}
