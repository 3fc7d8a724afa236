using Microsoft.Extensions.Options;
using MimeKit;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Mail;

/// <summary>
/// Writes each referral as an <c>.eml</c> file into <c>Mail:PickupDirectory</c>: first to a temporary name,
/// then renamed, so a reader of the folder never sees half a message.
/// </summary>
internal sealed class PickupMailSender(
    IOptions<MailOptions> options, IHostEnvironment environment, IHttpContextAccessor http, BrusselsClock clock) : IReferralMailSender
{
    public async Task<string> SendAsync(ReferralMail mail, CancellationToken cancellationToken)
    {
        var message = new MimeMessage { Subject = mail.Subject, Date = clock.UtcNow };
        var sender = http.HttpContext?.User.ToWorker().UserPrincipalName ?? "referrals@localhost";
        message.From.Add(MailboxAddress.Parse(sender));
        message.To.Add(MailboxAddress.Parse(mail.Recipient));
        message.Headers.Add(ReferralMail.MarkerHeader, mail.Reference);

        var body = new BodyBuilder { TextBody = mail.Body };
        body.Attachments.Add(mail.AttachmentName, mail.Attachment, ContentType.Parse(ReferralMail.AttachmentContentType));
        message.Body = body.ToMessageBody();

        // Without this MimeKit writes the UTF-8 body as raw 8-bit with no Content-Transfer-Encoding header, which
        // RFC 2045 reads as 7bit: a relay or an mbox reader may mangle "cliënt". Quoted-printable keeps it readable.
        message.Prepare(EncodingConstraint.SevenBit);

        var folder = Path.GetFullPath(options.Value.PickupDirectory, environment.ContentRootPath);
        System.IO.Directory.CreateDirectory(folder);
        var final = Path.Combine(folder, $"{mail.Reference}.eml");
        var temp = Path.Combine(folder, $".{mail.Reference}.{Guid.NewGuid():N}.tmp");
        try
        {
            await message.WriteToAsync(temp, cancellationToken);
            File.Move(temp, final, overwrite: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(temp);
            throw new MailSendException("pickup_write_failed", ex);
        }

        return message.MessageId ?? mail.Reference;
    }
}
