using System.Text.Json.Serialization;

namespace OutlookReferralAddin.AddinHost.Events;

/// <summary>The compose window's recipients (To, Cc and Bcc together), as the event handler read them.</summary>
internal sealed record ScreenRequest(IReadOnlyList<string?>? Recipients);

internal sealed record ScreenResponse(IReadOnlyList<ScreenResult> Results);

/// <summary>
/// Core's verdict for one address in the <c>Mail</c> context, plus <see cref="AllowedMailbox"/>: whether the address
/// is exactly the agreed mailbox of a protocol in force today, so the handler can tell where a referral archive may go
/// without a second round trip. <see cref="BareAddress"/> is the address inside a display name or brackets, as Outlook
/// supplies recipients with their names.
/// </summary>
internal sealed record ScreenResult(
    string Address,
    string Verdict,
    string Code,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Suggestion,
    bool AllowedMailbox,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? BareAddress = null);
