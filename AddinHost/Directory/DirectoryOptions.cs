using System.ComponentModel.DataAnnotations;

namespace OutlookReferralAddin.AddinHost.Directory;

/// <summary>Configuration section <c>Directory</c>: how changes to the allow-list are governed and when a mailbox counts.</summary>
public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    /// <summary>A proposal nobody approved or rejected expires after this many days (default 14), so a forgotten one
    /// cannot be approved months later, when nobody remembers why it was made.</summary>
    [Range(1, 365)]
    public int ProposalExpiryDays { get; set; } = 14;

    /// <summary>
    /// Referrals go only to mailboxes the OCMW confirmed with a verification code. Default <c>true</c>; turning it off
    /// lets client data go to an address nobody at the OCMW ever proved to read.
    /// </summary>
    public bool RequireVerifiedMailboxes { get; set; } = true;
}
