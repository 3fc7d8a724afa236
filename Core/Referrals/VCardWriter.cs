using System.Globalization;
using System.Text;

namespace OutlookReferralAddin.Core.Referrals;

/// <summary>
/// client.vcf: a vCard 4.0 (RFC 6350) with only the protocol's data (article 3), in properties every
/// address book reads: FN, N, ADR, TEL, EMAIL. Text is escaped per component (§3.4) and lines are folded
/// at 75 octets (§3.2) between whole UTF-8 sequences, with CRLF line ends as the RFC requires.
/// </summary>
internal static class VCardWriter
{
    private const int MaxLineOctets = 75;

    public static string Write(Client client, DateTimeOffset createdAt)
    {
        var address = client.Address;

        // Belgian convention: "Stationsstraat 12 bus 3" on one street line.
        var streetLine = $"{address.Street} {address.HouseNumber}" + (address.Box is { } box ? $" bus {box}" : string.Empty);
        var builder = new StringBuilder();
        Line(builder, "BEGIN:VCARD");
        Line(builder, "VERSION:4.0");
        Line(builder, "PRODID:-//Opgroeien//OCMW-doorverwijzing//NL");
        Line(builder, "KIND:individual");
        Line(builder, "FN:" + Escape($"{client.GivenName} {client.FamilyName}"));
        Line(builder, "N:" + Structured(client.FamilyName, client.GivenName, "", "", ""));
        Line(builder, "ADR;TYPE=home:" + Structured("", "", streetLine, address.Municipality, "", address.PostalCode, address.Country));
        if (client.Phone is { } phone)
        {
            Line(builder, "TEL;VALUE=uri:tel:" + phone);
        }

        if (client.Email is { } email)
        {
            Line(builder, "EMAIL:" + Escape(email));
        }

        Line(builder, "REV:" + createdAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        Line(builder, "END:VCARD");
        return builder.ToString();
    }

    /// <summary>
    /// RFC 6350 §3.4: backslash, comma and newline are escaped in every text value; a semicolon MUST be
    /// escaped inside a component of a compound property (N, ADR) and MAY be elsewhere. It is left alone in
    /// single values (FN, EMAIL) because some readers (ical.js among them) do not unescape it there.
    /// </summary>
    internal static string Escape(string text, bool compound = false) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace(";", compound ? "\\;" : ";", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    private static string Structured(params string[] components) => string.Join(';', components.Select(static c => Escape(c, compound: true)));

    /// <summary>Appends one content line, folded: no physical line exceeds 75 octets, CRLF + space continues.</summary>
    internal static void Line(StringBuilder builder, string contentLine)
    {
        var octets = 0;
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in contentLine.EnumerateRunes())
        {
            var size = rune.EncodeToUtf8(buffer);
            if (octets + size > MaxLineOctets)
            {
                builder.Append("\r\n ");
                octets = 1; // the leading space of the continuation line
            }

            builder.Append(rune.ToString());
            octets += size;
        }

        builder.Append("\r\n");
    }
}
