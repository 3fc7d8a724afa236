using System.ComponentModel.DataAnnotations;

namespace OutlookReferralAddin.AddinHost.Authentication;

public enum AuthenticationMode
{
    /// <summary>Entra ID access tokens validated by Microsoft.Identity.Web.</summary>
    Entra,

    /// <summary>A stand-in that trusts the <c>X-Dev-User</c> header: only in the Development environment.</summary>
    Development,
}

/// <summary>Configuration section <c>Authentication</c>.</summary>
public sealed class ReferralAuthenticationOptions
{
    public const string Section = "Authentication";

    /// <summary>Default: Development in the Development environment, Entra otherwise.</summary>
    public AuthenticationMode? Mode { get; set; }

    /// <summary>The delegated scope the task pane's token must carry (exposed by the API's app registration).</summary>
    [Required]
    public string Scope { get; set; } = "access_as_user";

    /// <summary>The app role that refers (and sees one's own referrals).</summary>
    [Required]
    public string WorkerRole { get; set; } = "Referral.Worker";

    /// <summary>The app role that keeps the allow-list: protocol entries, proposals, verifications, import, audit trail.</summary>
    [Required]
    public string AdminRole { get; set; } = "Referral.Admin";

    /// <summary>The data protection officer's app role: consent register, incidents, every referral, audit trail.</summary>
    [Required]
    public string DpoRole { get; set; } = "Referral.Dpo";
}
