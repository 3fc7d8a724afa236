namespace OutlookReferralAddin.AddinHost.Admin.Verifications;

internal static class VerificationsExtensions
{
    public static void AddMailboxVerifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<VerificationCode>();
        builder.Services.AddScoped<MailboxVerifications>();
    }
}
