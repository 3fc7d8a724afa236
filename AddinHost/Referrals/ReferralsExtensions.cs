using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Referrals;

internal static class ReferralsExtensions
{
    public static void AddReferrals(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<IdempotencyOptions>(IdempotencyOptions.Section);
        services.AddSingleton<RequestBodyReader>();
        services.AddScoped<ReferralValidator>();
        services.AddScoped<IdempotencyStore>();
        services.AddScoped<ReferralSubmission>();
    }
}
