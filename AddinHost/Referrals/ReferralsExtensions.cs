using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Referrals;

internal static class ReferralsExtensions
{
    public static void AddReferrals(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<RequestBodyReader>();
        services.AddScoped<ReferralValidator>();
        services.AddScoped<IdempotencyStore>();
        services.AddScoped<ReferralSubmission>();
        services.AddScoped<DuplicateCheck>();
        services.AddSingleton<EarlierReferrals>();
        services.AddScoped<Notices.NoticeSender>();
        services.AddSingleton<ArchiveBuilder>();
        services.AddOptions<ReconciliationOptions>().BindConfiguration(ReconciliationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PendingReferralReconciler>();
        services.AddHostedService(sp => sp.GetRequiredService<PendingReferralReconciler>());
    }
}
