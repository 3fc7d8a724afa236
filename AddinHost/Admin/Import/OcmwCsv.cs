using System.Text;
using Microsoft.VisualBasic.FileIO;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.AddinHost.Admin.Import;

/// <summary>One data row of the import file: its line number (the header is line 1) and the entry it describes.</summary>
internal sealed record CsvRow(int Line, OcmwDto Entry, IReadOnlyList<FieldError> Errors);

/// <summary>
/// Reads the administrator's spreadsheet of signed protocols, saved as CSV: <c>;</c>-separated (what a Belgian Excel
/// writes), UTF-8 with or without BOM, one protocol per row, a header row naming the columns (Dutch names or the API's
/// field names, in any order). Lists (mailboxes, domains, postcodes) are separated by commas within their cell.
/// Quoting follows RFC 4180 through the framework's <see cref="TextFieldParser"/>.
/// </summary>
internal static class OcmwCsv
{
    public const int MaxRows = 1000;

    /// <summary>
    /// Column → its header as the page's file hint writes it (and as a message names it), and the accepted header names
    /// (compared without case, spaces, dashes or dots).
    /// </summary>
    private static readonly (string Column, string Header, string[] Names)[] Columns =
    [
        ("id", "sleutel", ["id", "sleutel"]),
        ("name", "naam", ["name", "naam", "ocmw"]),
        ("kboNumber", "kbo", ["kbonumber", "kbo", "ondernemingsnummer"]),
        ("address", "adres", ["address", "adres"]),
        ("referringTeam", "team", ["referringteam", "team", "doorverwijzendteam"]),
        ("mailboxes", "mailboxen", ["mailboxes", "mailboxen", "mailbox"]),
        ("domains", "domeinen", ["domains", "domeinen", "domein"]),
        ("postalCodes", "postcodes", ["postalcodes", "postcodes", "postcode"]),
        ("signedOn", "ondertekend op", ["signedon", "ondertekendop", "ondertekend"]),
        ("inForceFrom", "van kracht vanaf", ["inforcefrom", "vankrachtvanaf", "vankracht"]),
        ("noticeMonths", "opzegtermijn", ["noticemonths", "opzegtermijn", "opzegtermijnmaanden"]),
        ("opgroeienDpoOrganisation", "dpo opgroeien organisatie", ["opgroeiendpoorganisation", "dpoopgroeienorganisatie"]),
        ("opgroeienDpoEmail", "dpo opgroeien email", ["opgroeiendpoemail", "dpoopgroeienemail", "dpoopgroeien"]),
        ("ocmwDpoOrganisation", "dpo ocmw organisatie", ["ocmwdpoorganisation", "dpoocmworganisatie"]),
        ("ocmwDpoEmail", "dpo ocmw email", ["ocmwdpoemail", "dpoocmwemail", "dpoocmw"]),
        ("socialServicePhone", "telefoon sociale dienst", ["socialservicephone", "telefoonsocialedienst"]),
        ("teamMailbox", "mailbox team", ["teammailbox", "mailboxteam"]),
        ("teamPhone", "telefoon team", ["teamphone", "telefoonteam"]),
    ];

    // The social service's phone too: the passphrase of every referral is read to it (a row without one is refused).
    private static readonly string[] Required = ["id", "name", "kboNumber", "mailboxes", "postalCodes", "inForceFrom", "socialServicePhone"];

    /// <summary>The rows, or the file-level errors (no header, unknown or missing columns, too many rows).</summary>
    public static (IReadOnlyList<CsvRow> Rows, IReadOnlyList<FieldError> FileErrors) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var parser = new TextFieldParser(new StringReader(text.TrimStart('\uFEFF')))
        {
            TextFieldType = FieldType.Delimited,
            Delimiters = [";"],
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = true,
        };

        string[]? header;
        try
        {
            header = parser.ReadFields();
        }
        catch (MalformedLineException)
        {
            header = null;
        }

        if (header is null || header.All(string.IsNullOrWhiteSpace))
        {
            return ([], [new FieldError("csv", "csv_no_header", "Het bestand heeft geen kopregel met de kolomnamen.")]);
        }

        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<FieldError>();
        for (var i = 0; i < header.Length; i++)
        {
            var key = Key(header[i]);
            if (key.Length == 0)
            {
                continue;
            }

            var column = Columns.FirstOrDefault(c => c.Names.Contains(key, StringComparer.Ordinal)).Column;
            if (column is null)
            {
                errors.Add(new FieldError("csv", "csv_unknown_column", $"Onbekende kolom {i + 1}. Gebruik de kolomnamen uit de handleiding."));
            }
            else if (!map.TryAdd(column, i))
            {
                errors.Add(new FieldError("csv", "csv_duplicate_column", $"Kolom {i + 1} staat dubbel in de kopregel."));
            }
        }

        foreach (var missing in Required.Where(r => !map.ContainsKey(r)))
        {
            errors.Add(new FieldError("csv", "csv_missing_column", $"De kolom '{Columns.First(c => c.Column == missing).Header}' ontbreekt."));
        }

        if (errors.Count > 0)
        {
            return ([], errors);
        }

        var rows = new List<CsvRow>();
        while (!parser.EndOfData)
        {
            var line = (int)parser.LineNumber;
            string[]? fields;
            try
            {
                fields = parser.ReadFields();
            }
            catch (MalformedLineException)
            {
                rows.Add(new CsvRow(line, Empty(), [new FieldError("csv", "csv_malformed_row", "Deze regel is geen geldige CSV (een aanhalingsteken sluit niet).")]));
                continue;
            }

            if (fields is null || fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (rows.Count == MaxRows)
            {
                return ([], [new FieldError("csv", "csv_too_many_rows", $"Importeer hoogstens {MaxRows} protocollen per bestand.")]);
            }

            rows.Add(ToRow(line, fields, map));
        }

        return rows.Count == 0 ? ([], [new FieldError("csv", "csv_empty", "Het bestand bevat geen protocollen.")]) : (rows, []);
    }

    private static CsvRow ToRow(int line, string[] fields, Dictionary<string, int> map)
    {
        string? Cell(string column) => map.TryGetValue(column, out var i) && i < fields.Length && fields[i].Length > 0 ? fields[i] : null;
        IReadOnlyList<string> List(string column) =>
            (Cell(column) ?? string.Empty).Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var errors = new List<FieldError>();
        int? notice = null;
        if (Cell("noticeMonths") is { } months)
        {
            if (int.TryParse(months, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                notice = n;
            }
            else
            {
                errors.Add(new FieldError("noticeMonths", "invalid_number", "Geef de opzegtermijn als een aantal maanden."));
            }
        }

        var entry = new OcmwDto(
            Cell("id"), Cell("name"), Cell("kboNumber"), Cell("address"), Cell("referringTeam"),
            List("mailboxes"), List("domains"), List("postalCodes"), Cell("signedOn"), Cell("inForceFrom"), notice, null,
            new DpoDto(Cell("opgroeienDpoOrganisation"), Cell("opgroeienDpoEmail")),
            new DpoDto(Cell("ocmwDpoOrganisation"), Cell("ocmwDpoEmail")),
            SocialServicePhone: Cell("socialServicePhone"), TeamMailbox: Cell("teamMailbox"), TeamPhone: Cell("teamPhone"));
        return new CsvRow(line, entry, errors);
    }

    private static OcmwDto Empty() => new(null, null, null, null, null, [], [], [], null, null, null, null, null, null);

    private static string Key(string header)
    {
        var key = new StringBuilder(header.Length);
        foreach (var c in header.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }
}
