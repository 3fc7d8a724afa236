using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Consent;

internal static class ConsentExtensions
{
    public static void AddConsentRegister(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var isDevelopment = builder.Environment.IsDevelopment();
        services.AddValidatedOptions<PrivacyOptions>(PrivacyOptions.Section)
            .PostConfigure(o => o.PseudonymKey ??= isDevelopment ? PrivacyOptions.DevelopmentKey : null);
        services.AddSingleton<IValidateOptions<PrivacyOptions>, PrivacyOptionsValidator>();
        services.AddSingleton<ClientPseudonyms>();

        services.AddValidatedOptions<RetentionOptions>(RetentionOptions.Section);
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
    }
}
