using System.Text;

namespace OutlookReferralAddin.Core.Recipients.EntryChecks;

/// <summary>
/// The free text of a protocol entry (the OCMW's name and address, the referring team, the DPOs' organisations) is
/// printed in every referral, notice and verification mail. One line of plain text only: no control characters (C0, C1,
/// line breaks, U+2028/U+2029), no bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C), no zero-width or
/// invisible characters. A line break would let one administrator plant a paragraph ("ask for the passphrase at …") in
/// the text the OCMW reads; a bidi control would make it read differently from what a second administrator approved.
/// </summary>
public static class EntryText
{
    public const int MaxNameLength = 120;
    public const int MaxAddressLength = 200;
    public const int MaxTeamLength = 120;
    public const int MaxOrganisationLength = 120;

    /// <summary>The limit for each free-text field, by its JSON path.</summary>
    public static int MaxLength(string field) => field switch
    {
        "name" => MaxNameLength,
        "address" => MaxAddressLength,
        "referringTeam" => MaxTeamLength,
        _ => MaxOrganisationLength,
    };

    public static bool IsAllowed(char c) =>
        !char.IsControl(c)
        && c is not ('\u2028' or '\u2029' or '\u061C' or '\u180E' or '\uFEFF')
        && c is not (>= '\u200B' and <= '\u200F')
        && c is not (>= '\u202A' and <= '\u202E')
        && c is not (>= '\u2060' and <= '\u2069');

    public static bool IsClean(string? text) => text is null || text.All(IsAllowed);

    /// <summary>
    /// The text as a mail may carry it: each refused character becomes a space, runs of spaces become one, and the
    /// length is capped. For what was stored before these checks existed (or seeded, or written around the API):
    /// whatever the database holds, no mail carries a line break or a bidi control from it.
    /// </summary>
    public static string ForMail(string? text, int maxLength)
    {
        var builder = new StringBuilder((text ?? string.Empty).Length);
        foreach (var c in text ?? string.Empty)
        {
            var kept = IsAllowed(c) ? c : ' ';
            if (kept != ' ' || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(kept);
            }
        }

        var clean = builder.ToString().Trim();
        return clean.Length <= maxLength ? clean : clean[..maxLength].TrimEnd() + "…";
    }

    /// <summary>The protocol with every free-text field as <see cref="ForMail(string?, int)"/> makes it: call before writing a mail.</summary>
    public static OcmwProtocol ForMail(this OcmwProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return protocol with
        {
            Name = ForMail(protocol.Name, MaxNameLength),
            Address = ForMail(protocol.Address, MaxAddressLength),
            ReferringTeam = ForMail(protocol.ReferringTeam, MaxTeamLength),
            OpgroeienDpo = protocol.OpgroeienDpo with { Organisation = ForMail(protocol.OpgroeienDpo.Organisation, MaxOrganisationLength) },
            OcmwDpo = protocol.OcmwDpo with { Organisation = ForMail(protocol.OcmwDpo.Organisation, MaxOrganisationLength) },
        };
    }
}
