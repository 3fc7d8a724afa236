using System.Globalization;
using System.Text;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Consent;

/// <summary>
/// The consent register as CSV for Excel: UTF-8 with BOM, RFC 4180 quoting, and every cell that a spreadsheet
/// would read as a formula (starting with = + - @ TAB CR) prefixed with a single quote (CSV injection).
/// </summary>
internal static class ConsentCsv
{
    private static readonly string[] Header =
    [
        "referralId", "reference", "createdAt", "sentAt", "status", "failureCode", "workerUpn", "workerObjectId", "ocmwId",
        "protocolSignedOn", "recipient", "consentInformed", "consentGiven", "consentMethod", "consentDate",
        "statementVersion", "withdrawnOn", "archiveSha256", "messageCorrelation", "clientPseudonym",
    ];

    public static byte[] Write(IEnumerable<ConsentRecordEntity> records)
    {
        var text = new StringBuilder();
        AppendRow(text, Header);
        foreach (var r in records)
        {
            AppendRow(text,
            [
                r.Id.ToString(), r.Reference, Iso(r.CreatedAt), r.SentAt is { } s ? Iso(s) : "", r.Status.ToString().ToLowerInvariant(),
                r.FailureCode ?? "", r.WorkerUpn, r.WorkerObjectId, r.OcmwId, Iso(r.ProtocolSignedOn), r.RecipientMailbox,
                r.ConsentInformed ? "true" : "false", r.ConsentGiven ? "true" : "false", r.ConsentMethod, Iso(r.ConsentDate),
                r.StatementVersion, r.WithdrawnOn is { } w ? Iso(w) : "", r.ArchiveSha256 ?? "", r.MessageCorrelation ?? "", r.ClientPseudonym,
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n', ';']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void AppendRow(StringBuilder text, IEnumerable<string> cells) =>
        text.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

    private static string Iso(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
