using System.ComponentModel.DataAnnotations;

namespace OutlookReferralAddin.AddinHost.Security;

/// <summary>Configuration section <c>Security</c>: who may frame the pages, call the API cross-origin, and how large a body may be.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Office hosts that frame the task pane and the admin page (Outlook on the web, new Outlook, Microsoft 365).
    /// Microsoft publishes no single list for add-ins; these are the hosts Outlook and Microsoft 365 serve add-ins from.
    /// </summary>
    public static readonly IReadOnlyList<string> OfficeFrameAncestors =
    [
        "https://*.office.com", "https://*.office365.com", "https://*.outlook.com", "https://outlook.live.com",
        "https://*.microsoft.com", "https://*.cloud.microsoft", "https://*.microsoft365.com",
    ];

    /// <summary>Replaces <see cref="OfficeFrameAncestors"/> when set ('self' is always allowed).</summary>
    public string[]? FrameAncestors { get; set; }

    /// <summary>Origins other than the host's own that may call the API from a browser (default: none).</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>
    /// Client applications (token <c>azp</c>, or <c>appid</c> in v1 tokens) whose tokens the API accepts in Entra mode.
    /// Default: the API's own registration (<c>AzureAd:ClientId</c>), which the task pane uses with nested app authentication.
    /// </summary>
    public string[] AllowedClientApplications { get; set; } = [];

    /// <summary>
    /// Addresses of the reverse proxies in front of the host whose <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c>
    /// are believed (default: none, nothing is forwarded). List only proxies: any client inside would be believed too.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR notation (<c>10.0.4.0/24</c>) whose senders count as known proxies, for a proxy pool.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>Body limit of every API endpoint that declares none itself (a recipients check of 100 addresses fits).</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxApiBodyBytes { get; set; } = 64 * 1024;

    /// <summary>HSTS max-age outside Development.</summary>
    [Range(1, 730)]
    public int HstsDays { get; set; } = 365;
}

/// <summary>Configuration section <c>RateLimiting</c>.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Referrals one worker may send per minute; a real worker sends a few a day, so 10 only stops a runaway client.</summary>
    [Range(1, 1_000_000)]
    public int ReferralsPerMinute { get; set; } = 10;

    /// <summary>"Was this client referred?" look-ups per user per minute; each is audited.</summary>
    [Range(1, 1_000_000)]
    public int LookupsPerMinute { get; set; } = 20;

    /// <summary>Incident reports per user per hour; each mails both DPOs, so a runaway client must not flood them.</summary>
    [Range(1, 1_000_000)]
    public int IncidentsPerHour { get; set; } = 5;
}
