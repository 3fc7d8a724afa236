using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Admin.Verifications;

internal static class VerificationsExtensions
{
    public static void AddMailboxVerifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<VerificationOptions>(VerificationOptions.Section);
        builder.Services.AddSingleton<VerificationCode>();
        builder.Services.AddScoped<MailboxVerifications>();
    }
}
