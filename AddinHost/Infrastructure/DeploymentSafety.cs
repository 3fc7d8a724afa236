using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>
/// What the test host may run with outside Development: a temporary SQLite file, a local identity provider, a fake Graph
/// on 127.0.0.1, a loopback public URL. Registered only through dependency injection by the test host
/// (<c>WebApplicationFactory</c>); no configuration key reaches it, so no production host can switch a refusal off.
/// </summary>
internal sealed record StartupSafetyExemptions
{
    public static StartupSafetyExemptions None { get; } = new();

    public bool TemporaryDatabase { get; init; }

    public bool LocalIdentityProvider { get; init; }

    public bool LocalGraph { get; init; }

    public bool LocalPublicUrl { get; init; }
}

/// <summary>
/// The refusals that depend on where the host runs and whom it trusts, checked when the host starts (after dependency
/// injection, so that the test host's <see cref="StartupSafetyExemptions"/> apply), each naming its key: SQLite in a
/// temporary directory (lost at a reboot, readable by other users), an <c>AzureAd:Instance</c> or <c>Authority</c>
/// that is not a Microsoft cloud's sign-in authority over https (tokens would be trusted from anyone), a
/// <c>Graph:BaseUrl</c> that is not a Microsoft Graph endpoint (the worker's token goes with every send), an
/// <c>Addin:PublicUrl</c> on an IP address or loopback (Outlook cannot reach it; manifests would point there).
/// </summary>
internal static class DeploymentSafety
{
    private static readonly string[] AuthorityHosts =
    [
        "login.microsoftonline.com", "login.microsoft.com", "login.windows.net", "login.microsoftonline.us",
        "login.chinacloudapi.cn", "login.partner.microsoftonline.cn",
    ];

    private static readonly string[] GraphHosts = ["graph.microsoft.com", "graph.microsoft.us", "dod-graph.microsoft.us", "microsoftgraph.chinacloudapi.cn"];

    public static void AddDeploymentSafety(this IServiceCollection services)
    {
        services.TryAddSingleton(StartupSafetyExemptions.None);
        services.AddSingleton<IStartupFilter, Filter>();
    }

    public static IReadOnlyList<string> Check(IConfiguration configuration, IHostEnvironment environment, StartupSafetyExemptions exemptions)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var failures = new List<string>();
        if (environment.IsDevelopment())
        {
            return failures;
        }

        if (!exemptions.TemporaryDatabase && TemporarySqlitePath(configuration, environment.ContentRootPath) is { } path)
        {
            failures.Add($"ConnectionStrings:Referrals puts the SQLite database in a temporary directory ({path}): it is lost at a reboot "
                + "and other accounts may read it. Use a folder of the host's own, or Database:Provider=Postgres.");
        }

        if (!exemptions.LocalIdentityProvider)
        {
            foreach (var key in new[] { "AzureAd:Instance", "AzureAd:Authority" })
            {
                if (configuration[key] is { Length: > 0 } value && !IsHttpsHost(value, AuthorityHosts))
                {
                    failures.Add($"{key} must be a Microsoft cloud's sign-in authority over https (such as https://login.microsoftonline.com/, "
                        + "https://login.microsoftonline.us/ or https://login.chinacloudapi.cn/): tokens are only trusted from there.");
                }
            }
        }

        if (!exemptions.LocalGraph && configuration["Graph:BaseUrl"] is { Length: > 0 } graph && !IsHttpsHost(graph, GraphHosts))
        {
            failures.Add("Graph:BaseUrl must be a Microsoft Graph endpoint (https://graph.microsoft.com/v1.0, graph.microsoft.us, "
                + "dod-graph.microsoft.us or microsoftgraph.chinacloudapi.cn): the worker's token goes with every send.");
        }

        if (!exemptions.LocalPublicUrl && Uri.TryCreate(configuration["Addin:PublicUrl"], UriKind.Absolute, out var publicUrl)
            && (publicUrl.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || publicUrl.IsLoopback
                || publicUrl.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add("Addin:PublicUrl must name the host by its DNS name, not an IP address or loopback: Outlook reaches the "
                + "manifests' URLs from every mailbox, and its certificate names a host.");
        }

        return failures;
    }

    private static bool IsHttpsHost(string value, string[] hosts) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort
        && uri.UserInfo.Length == 0 && hosts.Contains(uri.IdnHost, StringComparer.OrdinalIgnoreCase);

    /// <summary>The SQLite file's full path when it lies in a temporary directory; null otherwise (or for PostgreSQL).</summary>
    private static string? TemporarySqlitePath(IConfiguration configuration, string contentRoot)
    {
        if (!string.Equals(configuration["Database:Provider"] ?? "Sqlite", "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Referrals") is { Length: > 0 } text
            ? text : Storage.DatabaseOptions.DefaultSqlite);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return null;
        }

        var full = Path.GetFullPath(builder.DataSource, contentRoot);
        var roots = new[] { Path.GetTempPath(), "/tmp/", "/var/tmp/", "/dev/shm/" }
            .Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r)) + Path.DirectorySeparatorChar);
        return roots.Any(r => full.StartsWith(r, StringComparison.Ordinal)) ? full : null;
    }

    private sealed class Filter(IConfiguration configuration, IHostEnvironment environment, StartupSafetyExemptions exemptions) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next)
        {
            var failures = Check(configuration, environment, exemptions);
            return failures.Count > 0 ? throw new UnsafeConfigurationException(environment.EnvironmentName, failures) : next;
        }
    }
}
