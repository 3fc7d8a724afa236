using System.Buffers;
using System.Globalization;
using System.Text;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Consent;

/// <summary>
/// The consent register as CSV for Excel on a Belgian PC: UTF-8 with BOM (else Excel reads ANSI), <c>;</c> as the
/// separator (the list separator of nl-BE, fr-BE and de-BE), Dutch headers, and ISO dates in Belgian time that
/// Excel reads the same in every locale. Cells are quoted (RFC 4180) and defused against CSV injection wherever a
/// cell can start: at its beginning and after every character that some locale's Excel splits on (; , tab, line
/// breaks), a formula starter (= + - @ and their full-width forms; at the very start also tab, CR, LF) gets a
/// single quote before it.
/// </summary>
internal static class ConsentCsv
{
    public const char Separator = ';';

    private static readonly string[] Header =
    [
        "Referentie-id", "Referentie", "Aangemaakt op (Belgische tijd)", "Verstuurd op (Belgische tijd)", "Status", "Foutcode",
        "Medewerker", "Object-id medewerker", "OCMW-sleutel", "OCMW", "Protocol ondertekend op", "Mailbox ontvanger",
        "Cliënt geïnformeerd", "Toestemming gegeven", "Methode", "Datum toestemming", "Tekstversie", "Ingetrokken op",
        "SHA-256 archief", "Berichtkenmerk", "Pseudoniem cliënt", "Doorverwijzend team",
    ];

    private const string CellStarts = ";,\t\r\n";
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create("\";,\t\r\n");
    private const string FormulaStarters = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    // Excel strips a leading tab or line break and then reads a formula; inside a cell they only separate.
    private const string LeadingFormulaStarters = FormulaStarters + "\t\r\n";

    public static byte[] Write(IEnumerable<ConsentRecordEntity> records, Func<string, string> ocmwName)
    {
        ArgumentNullException.ThrowIfNull(ocmwName);
        var text = new StringBuilder();
        AppendRow(text, Header);
        foreach (var r in records)
        {
            AppendRow(text,
            [
                r.Id.ToString(), r.Reference, Local(r.CreatedAt), r.SentAt is { } s ? Local(s) : "", ConsentLabels.Status(r.Status),
                r.FailureCode ?? "", r.WorkerUpn, r.WorkerObjectId, r.OcmwId, ocmwName(r.OcmwId), Iso(r.ProtocolSignedOn),
                r.RecipientMailbox, YesNo(r.ConsentInformed), YesNo(r.ConsentGiven), r.ConsentMethod, Iso(r.ConsentDate),
                r.StatementVersion, r.WithdrawnOn is { } w ? Iso(w) : "", r.ArchiveSha256 ?? "", r.MessageCorrelation ?? "", r.ClientPseudonym,
                r.ReferringTeam,
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var defused = new StringBuilder(value.Length + 2);
        var cellStart = true;
        foreach (var c in value)
        {
            var starters = defused.Length == 0 ? LeadingFormulaStarters : FormulaStarters;
            if (cellStart && starters.Contains(c, StringComparison.Ordinal))
            {
                defused.Append('\'');
            }

            defused.Append(c);
            cellStart = CellStarts.Contains(c, StringComparison.Ordinal);
        }

        var result = defused.ToString();
        return result.AsSpan().ContainsAny(NeedsQuotes) ? "\"" + result.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : result;
    }

    private static void AppendRow(StringBuilder text, IEnumerable<string> cells) =>
        text.Append(string.Join(Separator, cells.Select(Cell))).Append("\r\n");

    private static string YesNo(bool value) => value ? "ja" : "nee";

    private static string Local(DateTimeOffset value) =>
        BrusselsClock.ToLocal(value).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The register's Dutch words, shared by the page's API answer and the CSV.</summary>
internal static class ConsentLabels
{
    public static string Status(ReferralStatus status) => status switch
    {
        ReferralStatus.Pending => "in behandeling",
        ReferralStatus.Sent => "verstuurd",
        ReferralStatus.Failed => "mislukt",
        ReferralStatus.Withdrawn => "ingetrokken",
        ReferralStatus.Unknown => "onbekend",
        _ => status.ToString().ToLowerInvariant(),
    };
}
