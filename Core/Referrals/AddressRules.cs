using System.Text.RegularExpressions;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.Core.Referrals;

/// <summary>House number, box and postal code: short, formatted Belgian address parts.</summary>
public static partial class AddressRules
{
    public const int MaxHouseNumberLength = 20;
    public const int MaxBoxLength = 12;

    /// <summary>Checks a normalised house number: 12, 12A, 12 A, 12-14, 12/1, 12 bis, 12bis.</summary>
    public static string? CheckHouseNumber(string value) =>
        HouseNumberPattern().IsMatch(value) ? null : ErrorCodes.InvalidHouseNumber;

    /// <summary>
    /// Checks and shortens a normalised box: "bus 3" and "b. 3" become "3" because the documents print
    /// "bus" themselves (the Belgian way to write a box: "Stationsstraat 12 bus 3").
    /// </summary>
    public static string? CheckBox(string value, out string box)
    {
        box = BoxPrefixPattern().Replace(value, string.Empty);
        var onlyTheWord = box.Equals("bus", StringComparison.OrdinalIgnoreCase) || box.Equals("bte", StringComparison.OrdinalIgnoreCase);
        return !onlyTheWord && BoxPattern().IsMatch(box) ? null : ErrorCodes.InvalidBox;
    }

    /// <summary>Belgian postal codes are four digits from 1000 to 9999.</summary>
    public static string? CheckPostalCode(string value) =>
        value.Length == 4 && value[0] is >= '1' and <= '9' && value.All(static c => c is >= '0' and <= '9')
            ? null
            : ErrorCodes.InvalidPostalCode;

    [GeneratedRegex(@"^[0-9]{1,5}(?: ?[A-Za-z]{1,3}| bis| ter)?(?: ?[-/] ?[0-9]{1,5}(?: ?[A-Za-z]{1,3})?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HouseNumberPattern();

    [GeneratedRegex(@"^(?:bus|bte|boîte|b\.) ?(?=.)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BoxPrefixPattern();

    [GeneratedRegex(@"^[0-9A-Za-z]{1,6}(?:[./-][0-9A-Za-z]{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex BoxPattern();
}
