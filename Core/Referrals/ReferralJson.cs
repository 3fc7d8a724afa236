using System.Globalization;
using System.Text;
using System.Text.Json;
using OutlookReferralAddin.Core.Consent;

namespace OutlookReferralAddin.Core.Referrals;

/// <summary>
/// doorverwijzing.json: the machine-readable referral, described by <see cref="ReferralJsonSchema"/>.
/// Written with <see cref="Utf8JsonWriter"/> so property names, order and nulls are exactly what the schema
/// says, independent of serializer settings. Line ends are LF: this file is for programs, not Notepad.
/// </summary>
internal static class ReferralJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // Keep é, ç and non-Latin names readable instead of \u escapes; the writer still escapes
        // quotes, backslashes and control characters.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(ReferralDocumentContext context)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", ReferralJsonSchema.Id);
            json.WriteString("schemaVersion", ReferralJsonSchema.Version);
            json.WriteString("reference", context.Reference);
            json.WriteString("createdAt", context.CreatedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteString("sendingTeam", context.SendingTeam);
            json.WriteString("ocmw", context.OcmwName);
            json.WriteString("recipient", context.RecipientMailbox);
            WriteClient(json, context.Client);
            WriteConsent(json, context.Consent);
            json.WriteEndObject();
        }

        stream.Write("\n"u8);
        return stream.ToArray();
    }

    private static void WriteClient(Utf8JsonWriter json, Client client)
    {
        json.WriteStartObject("client");
        json.WriteString("givenName", client.GivenName);
        json.WriteString("familyName", client.FamilyName);
        json.WriteStartObject("address");
        json.WriteString("street", client.Address.Street);
        json.WriteString("houseNumber", client.Address.HouseNumber);
        json.WriteString("box", client.Address.Box);
        json.WriteString("postalCode", client.Address.PostalCode);
        json.WriteString("municipality", client.Address.Municipality);
        json.WriteString("country", client.Address.Country);
        json.WriteEndObject();
        json.WriteString("phone", client.Phone);
        json.WriteString("email", client.Email);
        json.WriteEndObject();
    }

    private static void WriteConsent(Utf8JsonWriter json, ConsentFacts consent)
    {
        json.WriteStartObject("consent");
        json.WriteBoolean("informed", true);
        json.WriteBoolean("given", true);
        json.WriteString("method", ConsentValidator.ToWire(consent.Method));
        json.WriteString("date", consent.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("statementVersion", consent.StatementVersion);
        json.WriteEndObject();
    }
}

/// <summary>The published JSON Schema (draft 2020-12) of doorverwijzing.json, embedded in this assembly.</summary>
public static class ReferralJsonSchema
{
    public const string Version = "1.0";
    public const string Id = "urn:opgroeien:ocmw-doorverwijzing:doorverwijzing:1.0";
    public const string FileName = "doorverwijzing.schema.json";

    private static readonly Lazy<string> Content = new(Load);

    /// <summary>The schema document, for the host to serve (e.g. with content type application/schema+json).</summary>
    public static string Text => Content.Value;

    private static string Load()
    {
        var assembly = typeof(ReferralJsonSchema).Assembly;
        using var stream = assembly.GetManifestResourceStream("OutlookReferralAddin.Core.Referrals." + FileName)
            ?? throw new InvalidOperationException("The embedded referral JSON schema is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
