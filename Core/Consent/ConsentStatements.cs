namespace OutlookReferralAddin.Core.Consent;

/// <summary>The two statements in one wording version, filled in for one OCMW.</summary>
public sealed record ConsentStatementTexts(string Version, string Informed, string Consent);

/// <summary>
/// The versioned wording of the two statements the worker confirms (recital C of the protocols: the client is
/// sufficiently informed and consents). A wording is never edited once used: a change gets a new version id,
/// because the consent register records the version that was confirmed and must keep meaning what it meant.
/// </summary>
public static class ConsentStatements
{
    public const string CurrentVersion = "2026-11-v1";

    private const string OcmwPlaceholder = "{ocmw}";

    private static readonly Dictionary<string, (string Informed, string Consent)> Wordings = new(StringComparer.Ordinal)
    {
        ["2026-11-v1"] = (
            "Ik heb de cliënt in eenvoudige woorden uitgelegd dat ik deze gegevens doorgeef aan de sociale dienst van "
            + "{ocmw}: voornaam en naam, adres, telefoonnummer en e-mailadres. Dat doe ik zodat het OCMW hulp en "
            + "diensten kan aanbieden waar het gezin misschien recht op heeft. Een maatschappelijk werker van het OCMW "
            + "neemt daarvoor contact op met de cliënt. Ik heb ook gezegd dat de cliënt dit mag weigeren en de "
            + "toestemming later altijd kan intrekken, bij Kind en Gezin of bij het OCMW.",
            "De cliënt gaf toestemming om voornaam en naam, adres, telefoonnummer en e-mailadres te delen met de "
            + "sociale dienst van {ocmw}, zodat het OCMW contact kan opnemen en hulp en diensten kan aanbieden waar het "
            + "gezin mogelijk recht op heeft. De cliënt weet dat hij of zij dit mag weigeren en de toestemming later "
            + "kan intrekken."),
    };

    /// <summary>Every version id, oldest first.</summary>
    public static IReadOnlyList<string> Versions { get; } = [.. Wordings.Keys.Order(StringComparer.Ordinal)];

    public static bool IsKnown(string version) => Wordings.ContainsKey(version);

    /// <summary>The texts of <paramref name="version"/> for the OCMW named <paramref name="ocmwName"/>.</summary>
    /// <exception cref="ArgumentException">The version is unknown.</exception>
    public static ConsentStatementTexts Render(string version, string ocmwName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ocmwName);
        if (!Wordings.TryGetValue(version, out var wording))
        {
            throw new ArgumentException("Unknown consent statement version.", nameof(version));
        }

        return new ConsentStatementTexts(
            version,
            wording.Informed.Replace(OcmwPlaceholder, ocmwName, StringComparison.Ordinal),
            wording.Consent.Replace(OcmwPlaceholder, ocmwName, StringComparison.Ordinal));
    }

    /// <summary>All versions for one OCMW, for the task pane and the consent register export.</summary>
    public static IReadOnlyList<ConsentStatementTexts> RenderAll(string ocmwName) =>
        [.. Versions.Select(v => Render(v, ocmwName))];
}
