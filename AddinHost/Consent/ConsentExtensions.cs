using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Consent;

internal static class ConsentExtensions
{
    public static void AddConsentRegister(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var isDevelopment = builder.Environment.IsDevelopment();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidatedOnStart(PrivacyOptions.Section)
            .PostConfigure(o => o.PseudonymKey ??= isDevelopment ? PrivacyOptions.DevelopmentKey : null);
        services.AddSingleton<IValidateOptions<PrivacyOptions>, PrivacyOptionsValidator>();
        services.AddSingleton<ClientPseudonyms>();

        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidatedOnStart(RetentionOptions.Section);
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
    }
}
