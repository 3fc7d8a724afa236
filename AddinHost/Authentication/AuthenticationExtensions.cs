using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;
using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Authentication;

internal static class AuthenticationExtensions
{
    public const string AdminPolicy = ReferralRoles.AdminPolicy;

    public static AuthenticationMode ResolveAuthenticationMode(this WebApplicationBuilder builder) =>
        builder.Configuration.GetSection(ReferralAuthenticationOptions.Section).Get<ReferralAuthenticationOptions>()?.Mode
        ?? (builder.Environment.IsDevelopment() ? AuthenticationMode.Development : AuthenticationMode.Entra);

    public static void AddReferralAuthentication(this WebApplicationBuilder builder)
    {
        var mode = builder.ResolveAuthenticationMode();
        if (mode == AuthenticationMode.Development && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{ReferralAuthenticationOptions.Section}:Mode=Development is refused in the '{builder.Environment.EnvironmentName}' environment: "
                + "it trusts a request header as the signed-in user. Use Entra.");
        }

        var services = builder.Services;
        var signIn = SignInSettings.From(builder.Configuration, builder.Environment);
        services.AddSingleton(signIn);
        services.AddOptions<ReferralAuthenticationOptions>().BindConfiguration(ReferralAuthenticationOptions.Section).ValidatedOnStart(ReferralAuthenticationOptions.Section)
            .PostConfigure(o => o.Mode = mode);

        if (mode == AuthenticationMode.Development)
        {
            services.AddAuthentication(DevelopmentAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, DevelopmentAuthenticationHandler>(DevelopmentAuthenticationHandler.SchemeName, null);
            services.AddRequiredScopeAuthorization();
        }
        else
        {
            services.AddOptions<EntraOptions>().BindConfiguration(EntraOptions.Section).ValidatedOnStart(EntraOptions.Section);
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApi(builder.Configuration.GetSection(EntraOptions.Section))
                .EnableTokenAcquisitionToCallDownstreamApi()
                .AddInMemoryTokenCaches();
            services.AddEntraClaimRules();
            // v2 tokens name the client id as audience, even when AzureAd:Audience is the Application ID URI (which makes
            // JwtBearer expect that URI and refuse every v2 token). One rule, from the same settings as the pane's scope.
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                options.TokenValidationParameters.AudienceValidator = null;
                options.TokenValidationParameters.ValidAudience = null;
                options.TokenValidationParameters.ValidAudiences = [signIn.ClientId];
            });
        }

        services.AddReferralRolePolicies(builder.Configuration);
    }

    /// <summary>Signed in with the API scope (its name from configuration); each group adds the role it needs.</summary>
    public static RouteGroupBuilder RequireWorker(this RouteGroupBuilder group, IConfiguration configuration)
    {
        var scope = configuration[$"{ReferralAuthenticationOptions.Section}:{nameof(ReferralAuthenticationOptions.Scope)}"]
            ?? new ReferralAuthenticationOptions().Scope;
        group.RequireAuthorization().RequireScope(scope);
        return group;
    }
}
