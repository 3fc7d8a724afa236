namespace OutlookReferralAddin.AddinHost.Mail;

/// <summary>
/// A referral mail, ready to send: subject and body carry no personal data; the archive does, encrypted.
/// Notices (withdrawal, incident) are the same shape without an attachment.
/// </summary>
internal sealed record ReferralMail(
    string Reference,
    string Recipient,
    string Subject,
    string Body,
    string? AttachmentName,
    byte[]? Attachment)
{
    /// <summary>Names the pickup file: the reference for the referral itself, longer for the notices about it.</summary>
    public string FileStem { get; init; } = Reference;

    /// <summary>Marks the message at creation; Graph's sendMail returns no id, the marker is the correlation.</summary>
    public const string MarkerHeader = "x-ocmw-referral-reference";
    public const string AttachmentContentType = "application/x-7z-compressed";
}

/// <summary>Sends a referral mail; returns a correlation for the consent register.</summary>
internal interface IReferralMailSender
{
    Task<string> SendAsync(ReferralMail mail, CancellationToken cancellationToken);

    /// <summary>Builds and encodes the message as <see cref="SendAsync"/> would, and sends nothing (the start-up rehearsal).</summary>
    Task RehearseAsync(ReferralMail mail, CancellationToken cancellationToken);
}

/// <summary>The mail could not be sent; <see cref="Code"/> is stable and recorded (no exception text is).</summary>
internal sealed class MailSendException(string code, Exception? inner = null)
    : Exception($"The referral mail was not sent ({code}).", inner)
{
    public string Code { get; } = code;
}

/// <summary>Graph needs the worker to consent or to pass MFA first; <see cref="WwwAuthenticate"/> tells the task pane.</summary>
internal sealed class MailChallengeException(string wwwAuthenticate, Exception inner)
    : Exception("Graph requires user interaction.", inner)
{
    public string WwwAuthenticate { get; } = wwwAuthenticate;
}
