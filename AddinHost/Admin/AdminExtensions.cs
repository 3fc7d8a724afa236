using OutlookReferralAddin.AddinHost.Admin.Proposals;
using OutlookReferralAddin.AddinHost.Admin.Verifications;

namespace OutlookReferralAddin.AddinHost.Admin;

internal static class AdminExtensions
{
    public static void AddReferralAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuditWriter>();
        builder.Services.AddScoped<ProposalService>();
        builder.AddMailboxVerifications();
    }

    public static void MapAdminApi(this WebApplication app)
    {
        app.MapAdminOcmwsApi();
        app.MapAdminProposalsApi();
        app.MapAdminAuditApi();
        app.MapVerificationsApi();
    }
}
