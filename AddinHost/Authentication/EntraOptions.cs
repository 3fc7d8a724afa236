using System.ComponentModel.DataAnnotations;

namespace OutlookReferralAddin.AddinHost.Authentication;

/// <summary>
/// The parts of <c>AzureAd</c> the host cannot run without in Entra mode, checked on start so that a missing
/// tenant fails at boot. The rest of the section is read by Microsoft.Identity.Web itself.
/// </summary>
public sealed class EntraOptions
{
    public const string Section = "AzureAd";

    [Required]
    public string? Instance { get; set; } = "https://login.microsoftonline.com/";

    [Required]
    public string? TenantId { get; set; }

    [Required]
    public string? ClientId { get; set; }
}
