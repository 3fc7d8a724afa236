namespace OutlookReferralAddin.AddinHost.Spa;

/// <summary>What the task pane needs to know before it signs in: which sign-in mode, and for Entra the app ids.</summary>
/// <param name="AuthMode"><c>Development</c> (headers stand-in) or <c>Entra</c> (nested app authentication).</param>
/// <param name="ClientId">The add-in's app registration (client) id; null in Development mode.</param>
/// <param name="ApiScope">The scope the pane requests for this host's API.</param>
/// <param name="TenantId">The Entra tenant, or null for "organizations".</param>
internal sealed record ClientConfig(string AuthMode, string? ClientId, string? ApiScope, string? TenantId);

internal static class ClientConfigApi
{
    public static void MapClientConfig(this WebApplication app)
    {
        var config = Build(app.Configuration, app.Environment);
        app.MapGet("/api/client-config", (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "no-cache";
                return TypedResults.Ok(config);
            })
            .WithName("GetClientConfig")
            .AllowAnonymous();
    }

    internal static ClientConfig Build(IConfiguration configuration, IHostEnvironment environment)
    {
        var mode = configuration["Authentication:Mode"] ?? (environment.IsDevelopment() ? "Development" : "Entra");
        if (string.Equals(mode, "Development", StringComparison.OrdinalIgnoreCase))
        {
            return new ClientConfig("Development", null, null, null);
        }

        var clientId = configuration["AzureAd:ClientId"];
        var scope = configuration["Spa:ApiScope"] ?? (clientId is null ? null : $"api://{clientId}/access_as_user");
        return new ClientConfig("Entra", clientId, scope, configuration["AzureAd:TenantId"]);
    }
}
