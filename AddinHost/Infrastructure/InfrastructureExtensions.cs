using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OutlookReferralAddin.AddinHost.Infrastructure;

internal static class InfrastructureExtensions
{
    public static void AddReferralInfrastructure(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BrusselsClock>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions.TryAdd("traceId", c.HttpContext.TraceIdentifier));
        services.AddExceptionHandler<ExceptionHandling>();
        // Binding failures (bad JSON, wrong types) go through the exception handler: one ProblemDetails shape.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            // Every JSON body: a property no request type has is refused (400 unknown_property), never silently dropped.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            // Generated metadata first for the referral's own types; every other type falls back to reflection.
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, Referrals.ReferralJsonContext.Default);
        });
        services.AddOpenApi();
        services.AddHealthChecks()
            .AddCheck("live", () => HealthCheckResult.Healthy(), tags: ["live"])
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        // The JSON body of a referral is a few hundred bytes; anything far larger is not a referral.
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);
        builder.AddGracefulShutdown();
        // Registered before every other hosted service, so that it starts first and runs beside the rest of the start.
        services.AddOptions<StartupOptions>().BindConfiguration(StartupOptions.Section).ValidatedOnStart(StartupOptions.Section);
        services.AddHostedService<StartupRehearsal>();
    }

    public static void UseReferralInfrastructure(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
    }

    public static void MapReferralInfrastructure(this WebApplication app)
    {
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapHealthChecks("/healthz/live", new() { Predicate = c => c.Tags.Contains("live") }).AllowAnonymous();
        // The API description helps a developer; in production it only maps the attack surface for others.
        if (app.Environment.IsDevelopment())
        {
            app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        }
    }
}
