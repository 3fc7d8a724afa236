namespace OutlookReferralAddin.AddinHost.Admin.Verifications;

/// <summary>The verification keys of configuration section <c>Directory</c>.</summary>
public sealed class VerificationOptions
{
    public const string Section = "Directory";

    /// <summary>
    /// Referrals go only to mailboxes the OCMW confirmed with a verification code. Default <c>true</c>; turning it off
    /// lets client data go to an address nobody at the OCMW ever proved to read.
    /// </summary>
    public bool RequireVerifiedMailboxes { get; set; } = true;
}
