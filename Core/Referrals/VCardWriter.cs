using System.Globalization;
using System.Text;
using PhoneNumbers;

namespace OutlookReferralAddin.Core.Referrals;

/// <summary>
/// client.vcf in the form Outlook imports: vCard 3.0 (RFC 2426; Microsoft's MS-OXVCARD, which Outlook's import
/// follows, is written for it) with only the protocol's data (article 3). Outlook reads a vCard in the PC's ANSI
/// code page unless a property says <c>CHARSET=UTF-8</c>, so every text property says it. TEL carries the number
/// as text with TYPE=CELL or VOICE (libphonenumber's number type), never 4.0's <c>VALUE=uri</c>. Lines are not
/// folded: RFC 2425 only recommends folding, and Outlook's unfolding keeps the fold's space, splitting words.
/// </summary>
internal static class VCardWriter
{
    private const string Utf8 = ";CHARSET=UTF-8";

    /// <summary>The country as a person writes it on an envelope in Flanders; Outlook shows ADR's country as is.</summary>
    internal const string CountryName = "België";

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public static string Write(Client client, string reference, DateTimeOffset createdAt)
    {
        var address = client.Address;

        // Belgian convention: "Stationsstraat 12 bus 3" on one street line.
        var streetLine = $"{address.Street} {address.HouseNumber}" + (address.Box is { } box ? $" bus {box}" : string.Empty);
        var builder = new StringBuilder();
        Line(builder, "BEGIN:VCARD");
        Line(builder, "VERSION:3.0");
        Line(builder, "PRODID:-//Opgroeien//OCMW-doorverwijzing//NL");

        // The reference identifies the referral, not the person: a second referral of the same client is another card.
        Line(builder, $"UID:{reference}@doorverwijzing.opgroeien.be");
        Line(builder, $"FN{Utf8}:" + Escape($"{client.GivenName} {client.FamilyName}"));
        Line(builder, $"N{Utf8}:" + Structured(client.FamilyName, client.GivenName, "", "", ""));
        Line(builder, $"ADR;TYPE=HOME{Utf8}:" + Structured("", "", streetLine, address.Municipality, "", address.PostalCode, CountryName));
        if (client.Phone is { } phone)
        {
            Line(builder, $"TEL;TYPE={PhoneType(phone)}:" + PhoneRules.Display(phone));
        }

        if (client.Email is { } email)
        {
            Line(builder, $"EMAIL;TYPE=INTERNET{Utf8}:" + Escape(email));
        }

        Line(builder, "REV:" + createdAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        Line(builder, "END:VCARD");
        return builder.ToString();
    }

    /// <summary>CELL for mobile numbers; VOICE for fixed lines and whatever libphonenumber cannot tell apart.</summary>
    internal static string PhoneType(string e164)
    {
        try
        {
            return Phones.GetNumberType(Phones.Parse(e164, "BE")) == PhoneNumberType.MOBILE ? "CELL" : "VOICE";
        }
        catch (NumberParseException)
        {
            return "VOICE";
        }
    }

    /// <summary>
    /// RFC 2426 §4: backslash, comma and newline are escaped in every text value; a semicolon is escaped inside a
    /// component of a structured property (N, ADR). It is left alone in single values (FN, EMAIL) because some
    /// readers do not unescape it there.
    /// </summary>
    internal static string Escape(string text, bool compound = false) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace(";", compound ? "\\;" : ";", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    private static string Structured(params string[] components) => string.Join(';', components.Select(static c => Escape(c, compound: true)));

    private static void Line(StringBuilder builder, string contentLine) => builder.Append(contentLine).Append("\r\n");
}
