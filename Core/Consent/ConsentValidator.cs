using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Consent;

/// <summary>Both statements true, a known method, a date not in the future (field paths start with <c>consent.</c>).</summary>
public static class ConsentValidator
{
    public static ValidationResult<ConsentFacts> Validate(ConsentInput? input, DateOnly today) =>
        throw new NotImplementedException("Contract stub: implemented by the Core referrals work.");
}
