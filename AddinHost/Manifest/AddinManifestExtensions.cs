using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Events;

namespace OutlookReferralAddin.AddinHost.Manifest;

/// <summary>The two lines Program.cs needs for the manifests, their assets and the compose-window screening.</summary>
public static class AddinManifestExtensions
{
    public static WebApplicationBuilder AddAddinManifest(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<AddinManifestOptions>()
            .Bind(configuration.GetSection(AddinManifestOptions.SectionName))
            .Configure<SignInSettings>((options, signIn) =>
            {
                // The sign-in settings are the one source of the client id and Application ID URI (WebApplicationInfo).
                options.ClientId = signIn.ClientId is { Length: > 0 } clientId ? clientId : null;
                options.ApplicationIdUri = signIn.ConfiguredApplicationIdUri;
                if (string.IsNullOrWhiteSpace(options.PublicUrl))
                {
                    options.PublicUrl = null;
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AddinManifestOptions>, AddinManifestOptionsValidator>();
        services.AddSingleton(_ => AddinDefinition.Load());
        services.AddSingleton<ScreeningRateLimiter>();
        services.AddProblemDetails();
        services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    public static IEndpointRouteBuilder MapAddinManifest(this IEndpointRouteBuilder app)
    {
        app.MapManifestApi();
        app.MapScreeningApi();
        return app;
    }
}
