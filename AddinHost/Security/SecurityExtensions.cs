namespace OutlookReferralAddin.AddinHost.Security;

internal static class SecurityExtensions
{
    public static void AddReferralSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SecurityHeaders>();
        services.AddSingleton<OriginGate>();
        services.AddSingleton<EventScriptCors>();
        services.AddSingleton<RequestBodyLimits>();

        var security = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        var limits = builder.Configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(security.HstsDays);
            o.IncludeSubDomains = true;
        });
        services.AddCors(o => o.AddDefaultPolicy(p => p
            .WithOrigins([.. security.AllowedOrigins.Select(a => a.TrimEnd('/'))])
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put)
            .WithHeaders(OriginGate.RequestHeaders)
            .WithExposedHeaders(OriginGate.ExposedHeaders)));
        // {"ocmwId":"a", ..., "ocmwId":"b"}: which one counts differs between parsers; refuse instead of guessing.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.AllowDuplicateProperties = false);
        services.AddSingleton<LookupPermits>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<LookupPermits>((o, lookups) => ReferralRateLimiting.Configure(o, limits, lookups));
        builder.AddClientApplicationRestriction(security);
        builder.AddProxyForwarding();

        // Deliberate Kestrel limits (the 1 MB global body limit is in Infrastructure; endpoints set lower ones).
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestHeaderCount = 64;
            k.Limits.MaxRequestLineSize = 8 * 1024;
        });
    }

    /// <summary>After <c>UseAuthentication</c> (the rate limit is per user), before <c>UseAuthorization</c>.</summary>
    public static void UseReferralSecurity(this WebApplication app)
    {
        var headers = app.Services.GetRequiredService<SecurityHeaders>();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                headers.Apply(context.Response);
                return Task.CompletedTask;
            });
            return next(context);
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        var eventScriptCors = app.Services.GetRequiredService<EventScriptCors>();
        app.Use((context, next) => eventScriptCors.InvokeAsync(context, next));
        var gate = app.Services.GetRequiredService<OriginGate>();
        app.Use((context, next) => gate.InvokeAsync(context, next));
        app.UseCors();
        var bodyLimits = app.Services.GetRequiredService<RequestBodyLimits>();
        app.Use((context, next) => bodyLimits.InvokeAsync(context, next));
        app.UseRateLimiter();
    }
}
