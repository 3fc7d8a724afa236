namespace OutlookReferralAddin.AddinHost.Mail;

/// <summary>
/// Which send failures leave the mail's fate open. Graph may have accepted the message when the answer never came
/// (timeout, dropped connection) or came as a 500/502/504. Those are never resent automatically (the retry handler only
/// repeats 429 and 503, which Graph answers before doing anything); the worker is told to check Sent Items first.
/// </summary>
internal static class MailOutcome
{
    /// <summary>The sender threw something it does not translate: whether the mail left is unknown.</summary>
    public const string UnexpectedSendError = "mail_unexpected_error";

    public static bool IsUncertain(string? failureCode) =>
        failureCode is "graph_timeout" or "graph_unreachable" or "graph_500" or "graph_502" or "graph_504" or "graph_retries_exhausted"
            or UnexpectedSendError;
}
