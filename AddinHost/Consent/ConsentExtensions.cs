using Microsoft.Extensions.Options;

namespace OutlookReferralAddin.AddinHost.Consent;

internal static class ConsentExtensions
{
    public static void AddConsentRegister(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var isDevelopment = builder.Environment.IsDevelopment();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section)
            .PostConfigure(o => o.PseudonymKey ??= isDevelopment ? PrivacyOptions.DevelopmentKey : null)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrivacyOptions>, PrivacyOptionsValidator>();
        services.AddSingleton<ClientPseudonyms>();

        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
    }
}
