namespace OutlookReferralAddin.AddinHost.Authentication;

/// <summary>
/// <c>GET /api/admin/entra-registration</c>: the values to register in Entra ID for this host, computed from the same
/// settings the manifests, the task pane and the token check use (the admin page's "Registratie in Entra ID").
/// </summary>
internal static class EntraRegistrationApi
{
    public static void MapEntraRegistrationApi(this WebApplication app)
    {
        app.MapGroup("/api/admin/entra-registration")
            .RequireWorker(app.Configuration)
            .RequireAuthorization(AuthenticationExtensions.AdminPolicy)
            .WithTags("Admin")
            .MapGet("/", (HttpRequest request, SignInSettings settings) => TypedResults.Ok(settings.For(request)))
            .WithName("GetEntraRegistration");
    }
}
