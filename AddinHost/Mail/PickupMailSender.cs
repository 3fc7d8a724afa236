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
    private const string FallbackSender = "referrals@localhost";

    public async Task<string> SendAsync(ReferralMail mail, CancellationToken cancellationToken)
    {
        var message = Compose(mail);
        var folder = Path.GetFullPath(options.Value.PickupDirectory, environment.ContentRootPath);
        System.IO.Directory.CreateDirectory(folder);
        var final = Path.Combine(folder, $"{mail.FileStem}.eml");
        var temp = Path.Combine(folder, $".{mail.FileStem}.{Guid.NewGuid():N}.tmp");
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

    public async Task RehearseAsync(ReferralMail mail, CancellationToken cancellationToken) =>
        await Compose(mail).WriteToAsync(Stream.Null, cancellationToken);

    private MimeMessage Compose(ReferralMail mail)
    {
        var message = new MimeMessage { Subject = mail.Subject, Date = clock.UtcNow };
        // The sign-in stand-in takes any header value as the user: a name MimeKit cannot read gets the neutral sender.
        var sender = http.HttpContext?.User.ToWorker().UserPrincipalName;
        message.From.Add(sender is not null && MailboxAddress.TryParse(sender, out var from) ? from : new MailboxAddress(string.Empty, FallbackSender));
        message.To.Add(new MailboxAddress(string.Empty, mail.Recipient));
        message.Headers.Add(ReferralMail.MarkerHeader, mail.Reference);

        var body = new BodyBuilder { TextBody = mail.Body };
        if (mail is { AttachmentName: { } name, Attachment: { } bytes })
        {
            body.Attachments.Add(name, bytes, ContentType.Parse(ReferralMail.AttachmentContentType));
        }

        message.Body = body.ToMessageBody();

        // Without this MimeKit writes the UTF-8 body as raw 8-bit with no Content-Transfer-Encoding header, which
        // RFC 2045 reads as 7bit: a relay or an mbox reader may mangle "cliënt". Quoted-printable keeps it readable.
        message.Prepare(EncodingConstraint.SevenBit);
        return message;
    }
}
