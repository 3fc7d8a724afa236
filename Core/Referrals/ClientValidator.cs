using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Referrals;

/// <summary>Validates and normalises what the worker typed (field paths start with <c>client.</c>).</summary>
public static class ClientValidator
{
    public static ValidationResult<Client> Validate(ClientInput? input) =>
        throw new NotImplementedException("Contract stub: implemented by the Core referrals work.");
}
