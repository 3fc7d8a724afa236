using System.Text;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Consent;
using OutlookReferralAddin.AddinHost.Mail;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Consent;

namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>
/// Settings that would void the host's guarantees, refused before anything is registered, every failure naming its
/// configuration key. Runs on the raw configuration because several of these keys decide what gets registered at all
/// (a mode given as a number would otherwise bind silently to whatever enum value it happens to be).
/// <para>Everywhere: <c>Authentication:Mode</c>, <c>Mail:Mode</c> and <c>Database:Provider</c> are one of their names.</para>
/// <para>Outside Development also: no development sign-in; a real pseudonym key; a single Entra tenant; no pickup folder
/// unless explicitly allowed; Graph over https; an https <c>Addin:PublicUrl</c> (no URL is ever built from the request's
/// <c>Host</c>); frame ancestors and allowed origins that are https origins, never <c>*</c> or <c>null</c>.</para>
/// </summary>
internal static partial class StartupSafety
{
    /// <summary>Entra's multi-tenant and personal-account endpoints: a token of any tenant (admin role included) would pass.</summary>
    private static readonly string[] SharedTenants = ["common", "organizations", "consumers"];

    public static void RefuseUnsafeConfiguration(this WebApplicationBuilder builder)
    {
        var failures = Check(builder.Configuration, builder.Environment);
        if (failures.Count > 0)
        {
            throw new UnsafeConfigurationException(builder.Environment.EnvironmentName, failures);
        }

        // The rest wait for dependency injection: the test host's exemptions are a service, never a setting.
        builder.Services.AddDeploymentSafety();
    }

    public static IReadOnlyList<string> Check(IConfiguration configuration, IHostEnvironment environment)
    {
        var failures = new List<string>();
        var authentication = EnumName<AuthenticationMode>(configuration, "Authentication:Mode", failures);
        var mail = EnumName<MailMode>(configuration, "Mail:Mode", failures);
        EnumName<DatabaseProvider>(configuration, "Database:Provider", failures);
        if (environment.IsDevelopment())
        {
            return failures;
        }

        if (authentication == AuthenticationMode.Development)
        {
            failures.Add($"Authentication:Mode=Development is refused in the '{environment.EnvironmentName}' environment: "
                + "it trusts a request header as the signed-in user. Use Entra.");
        }
        else
        {
            CheckTenant(configuration, failures);
        }

        CheckPseudonymKey(configuration["Privacy:PseudonymKey"], failures);
        CheckMail(configuration, mail ?? MailMode.Graph, failures);
        CheckPublicUrl(configuration["Addin:PublicUrl"], failures);
        CheckOrigins(configuration, "Security:FrameAncestors", frameAncestors: true, failures);
        CheckOrigins(configuration, "Security:AllowedOrigins", frameAncestors: false, failures);
        CheckVerifiedMailboxes(configuration, failures);
        CheckProxyCoverage(configuration, failures);
        return failures;
    }

    /// <summary>The binder would take "1" or "Entra,Development" for an enum; only a name (any letter case) is accepted.</summary>
    private static T? EnumName<T>(IConfiguration configuration, string key, List<string> failures)
        where T : struct, Enum
    {
        var value = configuration[key];
        if (value is null)
        {
            return null;
        }

        var name = Array.Find(Enum.GetNames<T>(), n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            failures.Add($"{key} must be one of {string.Join(", ", Enum.GetNames<T>())} (a name, not a number).");
            return null;
        }

        return Enum.Parse<T>(name);
    }

    private static void CheckPseudonymKey(string? key, List<string> failures)
    {
        if (string.IsNullOrEmpty(key))
        {
            failures.Add($"Privacy:PseudonymKey must be set outside Development (a secret of at least {ClientPseudonym.MinKeyBytes} bytes).");
        }
        else if (key == PrivacyOptions.DevelopmentKey)
        {
            failures.Add("Privacy:PseudonymKey is the published development key: pseudonyms made with it can be reversed by guessing. Set a secret key.");
        }
        else if (Encoding.UTF8.GetByteCount(key) < ClientPseudonym.MinKeyBytes)
        {
            failures.Add($"Privacy:PseudonymKey must be at least {ClientPseudonym.MinKeyBytes} bytes.");
        }
        else if (EstimatedEntropyBits(key) < MinKeyEntropyBits)
        {
            failures.Add($"Privacy:PseudonymKey has too little entropy (about {EstimatedEntropyBits(key):0} bits, at least {MinKeyEntropyBits} "
                + "needed): a repeated or patterned key can be guessed. Generate one, e.g. openssl rand -base64 48; keep the old key in "
                + "Privacy:PreviousPseudonymKeys so earlier referrals stay findable.");
        }
    }

    private static void CheckTenant(IConfiguration configuration, List<string> failures)
    {
        var tenant = configuration["AzureAd:TenantId"];
        if (string.IsNullOrWhiteSpace(tenant))
        {
            failures.Add("AzureAd:TenantId is required: the id (GUID) or verified domain of the organisation's tenant.");
        }
        else if (!IsSingleTenant(tenant))
        {
            failures.Add("AzureAd:TenantId must name one tenant (its GUID or a verified domain), not common, organizations or consumers: "
                + "tokens of any tenant would be accepted.");
        }

        // Microsoft.Identity.Web takes the tenant from an Authority when one is given, instead of Instance + TenantId.
        if (configuration["AzureAd:Authority"] is { Length: > 0 } authority
            && (!Uri.TryCreate(authority, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
                || uri.Segments.Length < 2 || !IsSingleTenant(uri.Segments[1].TrimEnd('/'))))
        {
            failures.Add("AzureAd:Authority must be an https URL that names one tenant (not common, organizations or consumers).");
        }

        if (!Guid.TryParse(configuration["AzureAd:ClientId"], out _))
        {
            failures.Add("AzureAd:ClientId must be the Entra application (client) id, a GUID.");
        }
    }

    private static bool IsSingleTenant(string tenant)
    {
        tenant = tenant.Trim();
        if (SharedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Guid.TryParse(tenant, out var id))
        {
            return id != Guid.Empty;
        }

        return Uri.CheckHostName(tenant) == UriHostNameType.Dns && tenant.Contains('.', StringComparison.Ordinal)
            && !tenant.EndsWith('.');
    }

    private static void CheckMail(IConfiguration configuration, MailMode mode, List<string> failures)
    {
        if (mode == MailMode.Pickup)
        {
            var allow = configuration["Mail:AllowPickupOutsideDevelopment"];
            if (!bool.TryParse(allow, out var allowed) || !allowed)
            {
                failures.Add("Mail:Mode=Pickup writes mails to a folder and reports them sent: outside Development it needs "
                    + "Mail:AllowPickupOutsideDevelopment=true (a demo or acceptance machine), and then warns at every start.");
            }

            return;
        }

        var graph = configuration["Graph:BaseUrl"];
        if (graph is not null && (!Uri.TryCreate(graph, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add("Graph:BaseUrl must be an https URL: the worker's token goes with every send.");
        }
    }
}

/// <summary>The host was asked to start with settings that void its guarantees; the message lists every key at fault.</summary>
internal sealed class UnsafeConfigurationException(string environment, IReadOnlyList<string> failures)
    : Exception($"The host refuses to start in the '{environment}' environment:{Environment.NewLine}- "
        + string.Join(Environment.NewLine + "- ", failures))
{
    public IReadOnlyList<string> Failures { get; } = failures;
}
