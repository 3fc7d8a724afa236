using System.Text;
using MimeKit;

namespace OutlookReferralAddin.AddinHost.Mail;

/// <summary>
/// The one recipient a referral mail carries is the directory's mailbox. It is checked here, before the consent record
/// is written, with the same parser the pickup sender uses: a directory entry MimeKit would read differently (or not
/// at all) is refused up front instead of throwing after the record exists and leaving it pending.
/// </summary>
internal static class MailRecipients
{
    /// <summary>RFC 5321's limit on a forward path, which Exchange Online applies as well.</summary>
    public const int MaxAddressLength = 254;

    public static bool IsSendable(string mailbox) =>
        mailbox.Length is > 0 and <= MaxAddressLength
        && Ascii.IsValid(mailbox)
        && MailboxAddress.TryParse(mailbox, out var parsed)
        && string.IsNullOrEmpty(parsed.Name)
        && string.Equals(parsed.Address, mailbox, StringComparison.Ordinal);
}
