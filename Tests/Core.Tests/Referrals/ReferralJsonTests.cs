using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.Core.Tests.Referrals;

public class ReferralJsonTests
{
    private static byte[] Json(ReferralDocumentContext? context = null) =>
        ReferralDocuments.Create(context ?? ReferralContexts.Create())[2].Content.ToArray();

    /// <summary>Validates a document against the embedded schema with ajv (node), independently of .NET.</summary>
    private static NodeScripts.Result ValidateWithAjv(byte[] document)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"referral-json-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var schema = Path.Combine(folder, ReferralJsonSchema.FileName);
            var file = Path.Combine(folder, "doorverwijzing.json");
            File.WriteAllText(schema, ReferralJsonSchema.Text, new UTF8Encoding(false));
            File.WriteAllBytes(file, document);
            return NodeScripts.Run("validate-json.mjs", schema, file);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Write_Document_HasVersionedCamelCaseShape()
    {
        var root = JsonNode.Parse(Json())!;

        Assert.Equal(ReferralJsonSchema.Id, (string?)root["$schema"]);
        Assert.Equal("1.0", (string?)root["schemaVersion"]);
        Assert.Equal("R-2026-000123", (string?)root["reference"]);
        Assert.Equal("2026-11-24T23:30:00Z", (string?)root["createdAt"]);
        Assert.Equal("Kind en Gezin Scheldeleie", (string?)root["sendingTeam"]);
        Assert.Equal("OCMW Kluisbergen", (string?)root["ocmw"]);
        Assert.Equal("socialedienst@kluisbergen.be", (string?)root["recipient"]);
        Assert.Equal("D'Hondt", (string?)root["client"]!["familyName"]);
        Assert.Equal("12A", (string?)root["client"]!["address"]!["houseNumber"]);
        Assert.Equal("3", (string?)root["client"]!["address"]!["box"]);
        Assert.Equal("BE", (string?)root["client"]!["address"]!["country"]);
        Assert.Equal("+32470123456", (string?)root["client"]!["phone"]);
        Assert.Equal("an@bücher.be", (string?)root["client"]!["email"]);
        Assert.Equal("schriftelijk", (string?)root["consent"]!["method"]);
        Assert.Equal("2026-11-20", (string?)root["consent"]!["date"]);
        Assert.Equal("2026-11-v1", (string?)root["consent"]!["statementVersion"]);
        Assert.True((bool)root["consent"]!["informed"]!);
        Assert.True((bool)root["consent"]!["given"]!);
    }

    [Fact]
    public void Write_MissingOptionalFields_AreExplicitNulls()
    {
        var client = ReferralContexts.Client() with { Phone = null, Address = ReferralContexts.Client().Address with { Box = null } };

        var root = JsonNode.Parse(Json(ReferralContexts.Create(client)))!.AsObject();

        Assert.True(root["client"]!.AsObject().ContainsKey("phone"));
        Assert.Null(root["client"]!["phone"]);
        Assert.Null(root["client"]!["address"]!["box"]);
    }

    [Fact]
    public void Write_HostileText_IsEscapedAndReadsBackUnchanged()
    {
        var client = ReferralContexts.Client() with { FamilyName = "\"quoted\" \\ </script> 王 Ольга" };

        var root = JsonNode.Parse(Json(ReferralContexts.Create(client)))!;

        Assert.Equal(client.FamilyName, (string?)root["client"]!["familyName"]);
    }

    [Fact]
    public void Schema_EmbeddedText_IsTheFileInTheRepository()
    {
        Assert.Contains("\"$id\": \"" + ReferralJsonSchema.Id + "\"", ReferralJsonSchema.Text, StringComparison.Ordinal);
        Assert.Contains("https://json-schema.org/draft/2020-12/schema", ReferralJsonSchema.Text, StringComparison.Ordinal);
        using var _ = JsonDocument.Parse(ReferralJsonSchema.Text);
    }

    [Fact]
    public void Write_Document_ValidatesAgainstPublishedSchemaWithAjv()
    {
        var result = ValidateWithAjv(Json());

        Assert.True(result.ExitCode == 0, "ajv rejected the document: " + result.Stderr);
        Assert.Equal("valid", result.Stdout);
    }

    [Fact]
    public void Write_DocumentWithOnlyEmail_ValidatesAgainstSchema()
    {
        var client = ReferralContexts.Client() with { Phone = null, Address = ReferralContexts.Client().Address with { Box = null } };

        var result = ValidateWithAjv(Json(ReferralContexts.Create(client)));

        Assert.True(result.ExitCode == 0, "ajv rejected the document: " + result.Stderr);
    }

    [Theory]
    [InlineData("client", "notes", "\"vrije tekst\"")]
    [InlineData("client.address", "postalCode", "\"0999\"")]
    [InlineData("client", "phone", "\"0470123456\"")]
    [InlineData("consent", "given", "false")]
    [InlineData("consent", "method", "\"telefonisch\"")]
    [InlineData("", "schemaVersion", "\"2.0\"")]
    [InlineData("", "createdAt", "\"gisteren\"")]
    public void Schema_TamperedDocument_IsRejectedByAjv(string path, string property, string json)
    {
        var root = JsonNode.Parse(Json())!;
        var target = path.Length == 0 ? root : path.Split('.').Aggregate(root, (node, key) => node[key]!);
        target[property] = JsonNode.Parse(json);

        var result = ValidateWithAjv(Encoding.UTF8.GetBytes(root.ToJsonString()));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("instancePath", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_NoContactAtAll_IsRejectedByAjv()
    {
        var root = JsonNode.Parse(Json())!;
        root["client"]!["phone"] = null;
        root["client"]!["email"] = null;

        var result = ValidateWithAjv(Encoding.UTF8.GetBytes(root.ToJsonString()));

        Assert.Equal(1, result.ExitCode);
    }
}
