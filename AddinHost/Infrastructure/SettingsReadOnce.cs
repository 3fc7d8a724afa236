namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>
/// The host reads its settings once, at start, where <see cref="StartupSafety"/> and the options' validation check them.
/// ASP.NET Core would otherwise reload an edited appsettings.json into the running host: whatever reads its options
/// through a monitor (log levels, Microsoft.Identity.Web's) would change without those checks. Reloading also watches
/// every file under the content root, the default SQLite database and its write-ahead log in App_Data included, and
/// woke for pages written by every referral. An edit takes effect at the next start, after the checks.
/// </summary>
internal static class SettingsReadOnce
{
    /// <summary>The host's command line with reloading turned off; appended, so that no argument can turn it back on.</summary>
    public static string[] Arguments(string[] args) => [.. args, "--hostBuilder:reloadConfigOnChange=false"];
}
