using OutlookReferralAddin.AddinHost.Admin.Verifications;

namespace OutlookReferralAddin.AddinHost.Admin;

internal static class AdminExtensions
{
    public static void AddReferralAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuditWriter>();
        builder.AddMailboxVerifications();
    }

    public static void MapAdminApi(this WebApplication app)
    {
        app.MapAdminOcmwsApi();
        app.MapAdminAuditApi();
        app.MapVerificationsApi();
    }
}
