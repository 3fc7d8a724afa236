using OutlookReferralAddin.Core.Validation;
using PhoneNumbers;

namespace OutlookReferralAddin.Core.Referrals;

/// <summary>
/// Phone numbers through libphonenumber with Belgium as the default region: 0470 12 34 56, 09 123 45 67,
/// +32 470 12 34 56 and 0032 470 12 34 56 all become E.164; foreign numbers must start with + or 00.
/// </summary>
public static class PhoneRules
{
    public const int MaxLength = 30;

    // PhoneNumberUtil loads its metadata once; GetInstance returns the shared, thread-safe singleton.
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>Returns null and the E.164 form, or an error code.</summary>
    public static string? Check(string value, out string e164)
    {
        e164 = string.Empty;

        // libphonenumber also reads vanity letters (0800-FLOWERS), extensions and numbers inside prose;
        // a contact number for the OCMW is none of those.
        if (!value.All(static c => c is (>= '0' and <= '9') or ' ' or '+' or '(' or ')' or '-' or '.' or '/'))
        {
            return ErrorCodes.InvalidPhone;
        }

        try
        {
            var number = Util.Parse(value, "BE");
            if (!Util.IsValidNumber(number))
            {
                return ErrorCodes.InvalidPhone;
            }

            e164 = Util.Format(number, PhoneNumberFormat.E164);
            return null;
        }
        catch (NumberParseException)
        {
            return ErrorCodes.InvalidPhone;
        }
    }

    /// <summary>An E.164 number as it is dialled in Belgium (055 38 94 10); foreign numbers keep their + form.</summary>
    public static string DisplayNational(string e164)
    {
        try
        {
            var number = Util.Parse(e164, "BE");
            return Util.Format(number, number.CountryCode == 32 ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }

    /// <summary>An E.164 number in the readable international form, e.g. +32 470 12 34 56.</summary>
    public static string Display(string e164)
    {
        try
        {
            return Util.Format(Util.Parse(e164, "BE"), PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }
}
