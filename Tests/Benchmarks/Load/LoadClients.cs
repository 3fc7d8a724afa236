using System.Text.Json.Nodes;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.Benchmarks.Load;

/// <summary>One invented client per referral, all distinct, valid for the OCMW whose postcode they carry.</summary>
internal sealed record LoadClient(int Index, string OcmwId, string Recipient, ClientInput Input)
{
    private static readonly string[] Family = ["ba", "de", "ki", "lo", "mu", "ne", "ri", "sa", "to", "vu"];
    private static readonly string[] Given = ["an", "el", "is", "or", "ut", "ay", "em", "ir", "ol", "un"];

    public static LoadClient Create(int index)
    {
        var kluisbergen = index % 2 == 0;
        var given = Capital(Syllables(index, Given));
        var family = Capital(Syllables(index, Family)) + "ens";
        var input = new ClientInput(
            given,
            family,
            new AddressInput(Capital(Syllables(index + 7, Family)) + "straat", (index % 150 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), null,
                kluisbergen ? "9690" : "3980", kluisbergen ? "Kluisbergen" : "Tessenderlo-Ham"),
            $"0470 {index / 10000 % 100:D2} {index / 100 % 100:D2} {index % 100:D2}",
            $"{given.ToLowerInvariant()}.{family.ToLowerInvariant()}@example.be");
        return kluisbergen
            ? new LoadClient(index, "kluisbergen", "socialedienst@kluisbergen.be", input)
            : new LoadClient(index, "tessenderlo-ham", "socialedienst@tessenderlo-ham.be", input);
    }

    /// <summary>Every personal value in the forms it could be written in (the privacy scan looks for all of them).</summary>
    public IEnumerable<string> PersonalValues()
    {
        var digits = new string(Input.Phone!.Where(char.IsAsciiDigit).ToArray());
        return [Input.GivenName!, Input.FamilyName!, Input.Address!.Street!, Input.Phone!, digits, "+32" + digits[1..], Input.Email!];
    }

    public JsonObject Body(DateOnly consentDate) => new()
    {
        ["ocmwId"] = OcmwId,
        ["recipient"] = Recipient,
        ["client"] = new JsonObject
        {
            ["givenName"] = Input.GivenName,
            ["familyName"] = Input.FamilyName,
            ["address"] = new JsonObject
            {
                ["street"] = Input.Address!.Street,
                ["houseNumber"] = Input.Address.HouseNumber,
                ["box"] = null,
                ["postalCode"] = Input.Address.PostalCode,
                ["municipality"] = Input.Address.Municipality,
            },
            ["phone"] = Input.Phone,
            ["email"] = Input.Email,
        },
        ["consent"] = new JsonObject
        {
            ["informed"] = true,
            ["given"] = true,
            ["method"] = Index % 3 == 0 ? "schriftelijk" : "mondeling",
            ["date"] = consentDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        },
    };

    private static string Syllables(int n, string[] set) =>
        string.Concat(n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture).Select(d => set[d - '0']));

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
