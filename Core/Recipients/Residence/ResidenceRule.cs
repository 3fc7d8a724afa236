using System.Globalization;

namespace OutlookReferralAddin.Core.Recipients.Residence;

/// <summary>
/// Article 6 of the protocols: a referral goes to the OCMW of the client's residence. One verdict on the postcode and
/// the chosen OCMW, used both by the task pane while the worker types and by the host before anything is recorded, so
/// the pane never says one thing and the send another. Messages name OCMWs (public) but never the postcode: it is part
/// of the client's address, and the message stands next to the field that holds it.
/// </summary>
public sealed class ResidenceRule
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");
    private readonly IReadOnlyList<OcmwProtocol> _protocols;

    public ResidenceRule(IReadOnlyList<OcmwProtocol> protocols)
    {
        ArgumentNullException.ThrowIfNull(protocols);
        _protocols = protocols;
    }

    /// <summary>
    /// <paramref name="postalCode"/> is a syntactically valid Belgian postcode (the caller validated it);
    /// <paramref name="ocmwId"/> may be empty when the worker has not chosen yet.
    /// </summary>
    public ResidenceVerdict Check(string postalCode, string? ocmwId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(postalCode);
        var postcode = postalCode.Trim();
        var serving = _protocols.Where(p => Serves(p, postcode)).ToList();
        var inForce = serving.FirstOrDefault(p => p.StatusOn(today) == ProtocolStatus.InForce);
        var chosen = string.IsNullOrWhiteSpace(ocmwId)
            ? null
            : _protocols.FirstOrDefault(p => string.Equals(p.Id, ocmwId, StringComparison.OrdinalIgnoreCase));

        if (inForce is null)
        {
            return new(ResidenceCodes.NoOcmwInForce, false, null, null, NoOcmwMessage(serving, today));
        }

        // Entry checks keep one OCMW per postcode and period; should two ever overlap, the chosen one counts.
        if (chosen is not null && chosen.StatusOn(today) == ProtocolStatus.InForce && serving.Contains(chosen))
        {
            inForce = chosen;
        }

        if (chosen is null || ReferenceEquals(chosen, inForce))
        {
            return new(ResidenceCodes.Served, true, inForce.Id, inForce.Name, $"Deze postcode hoort bij {inForce.Name}.");
        }

        return new(ResidenceCodes.NotServedByChosen, false, inForce.Id, inForce.Name,
            $"{chosen.Name} is niet het OCMW van deze postcode: dat is {inForce.Name}. "
            + "Het protocol vraagt het OCMW van de woonplaats van de cliënt. Kies dat OCMW, of verbeter de postcode.");
    }

    private static string NoOcmwMessage(List<OcmwProtocol> serving, DateOnly today)
    {
        const string Tail = " Doorverwijzen via deze toepassing kan niet; vraag uw teamverantwoordelijke hoe de cliënt het OCMW zelf kan bereiken.";
        var coming = serving.Where(p => p.StatusOn(today) == ProtocolStatus.NotYetInForce).MinBy(p => p.InForceFrom);
        if (coming is not null)
        {
            return $"Het protocol met {coming.Name}, het OCMW van deze postcode, is nog niet van kracht (pas vanaf {coming.InForceFrom.ToString("d MMMM yyyy", Dutch)})." + Tail;
        }

        var ended = serving.Where(p => p.EndedOn is not null).MaxBy(p => p.EndedOn);
        return ended is not null
            ? $"Het protocol met {ended.Name}, het OCMW van deze postcode, is beëindigd op {ended.EndedOn!.Value.ToString("d MMMM yyyy", Dutch)}." + Tail
            : "Voor deze postcode is er geen OCMW met een geldend protocol." + Tail;
    }

    private static bool Serves(OcmwProtocol protocol, string postcode) =>
        (protocol.PostalCodes ?? []).Any(c => string.Equals(c?.Trim(), postcode, StringComparison.Ordinal));
}

/// <summary>
/// <see cref="Allowed"/>: a referral with this postcode may go to the chosen OCMW (or, with none chosen, to
/// <see cref="OcmwId"/>). <see cref="OcmwId"/>/<see cref="OcmwName"/>: the OCMW in force that serves the postcode.
/// </summary>
public sealed record ResidenceVerdict(string Code, bool Allowed, string? OcmwId, string? OcmwName, string Message);

/// <summary>Stable codes of <see cref="ResidenceRule"/>, for the API and the pane.</summary>
public static class ResidenceCodes
{
    public const string Served = "postcode_served";
    public const string NotServedByChosen = "postcode_not_served";
    public const string NoOcmwInForce = "postcode_no_ocmw";
}
