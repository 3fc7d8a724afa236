using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Directory;

internal static class DirectoryExtensions
{
    public static void AddReferralDirectory(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DirectoryStore>();
        builder.Services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.Section).ValidatedOnStart(DirectoryOptions.Section);
        builder.Services.AddHealthChecks().AddCheck<DirectoryHealthCheck>("directory", tags: ["ready"]);
    }
}
