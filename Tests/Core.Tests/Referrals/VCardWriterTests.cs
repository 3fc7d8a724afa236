using System.Text;
using System.Text.Json;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.Core.Tests.Referrals;

public class VCardWriterTests
{
    private static string Write(Client client) => VCardWriter.Write(client, ReferralContexts.CreatedAt);

    /// <summary>Writes the card to a temp file and reads it back with ical.js (node), returning its fields.</summary>
    private static JsonElement ParseWithIcalJs(string vcard)
    {
        var file = Path.Combine(Path.GetTempPath(), $"client-{Guid.NewGuid():N}.vcf");
        File.WriteAllBytes(file, new UTF8Encoding(false).GetBytes(vcard));
        try
        {
            var result = NodeScripts.Run("check.mjs", file);
            Assert.True(result.ExitCode == 0, "ical.js could not read the vCard: " + result.Stderr);
            return JsonDocument.Parse(result.Stdout).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public void Write_PlainClient_HasTheExpectedLines()
    {
        var card = Write(ReferralContexts.Client());

        Assert.Equal(
            "BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:-//Opgroeien//OCMW-doorverwijzing//NL\r\nKIND:individual\r\n"
            + "FN:Anne-Sophie D'Hondt\r\nN:D'Hondt;Anne-Sophie;;;\r\n"
            + "ADR;TYPE=home:;;Stationsstraat 12A bus 3;Kluisbergen;;9690;BE\r\n"
            + "TEL;VALUE=uri:tel:+32470123456\r\nEMAIL:an@bücher.be\r\nREV:20261124T233000Z\r\nEND:VCARD\r\n",
            card);
    }

    [Fact]
    public void Write_NoPhoneNoBox_OmitsThem()
    {
        var client = ReferralContexts.Client() with { Phone = null, Address = ReferralContexts.Client().Address with { Box = null } };

        var card = Write(client);

        Assert.DoesNotContain("TEL", card, StringComparison.Ordinal);
        Assert.Contains(";;Stationsstraat 12A;", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,b", false, "a\\,b")]
    [InlineData("a;b", false, "a;b")]
    [InlineData("a;b", true, "a\\;b")]
    [InlineData("a\\b", true, "a\\\\b")]
    [InlineData("a\nb", false, "a\\nb")]
    [InlineData("a\r\nb", false, "a\\nb")]
    public void Escape_SpecialCharacters_PerRfc6350(string text, bool compound, string expected)
    {
        Assert.Equal(expected, VCardWriter.Escape(text, compound));
    }

    [Theory]
    [InlineData("a", 200)]
    [InlineData("é", 200)]
    [InlineData("王", 200)]
    [InlineData("😀", 200)]
    [InlineData("aé王😀", 80)]
    public void Line_LongValue_FoldsAt75OctetsBetweenWholeUtf8Sequences(string unit, int repeat)
    {
        var builder = new StringBuilder();
        var value = "FN:" + string.Concat(Enumerable.Repeat(unit, repeat));

        VCardWriter.Line(builder, value);

        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var physical = SplitCrlf(bytes);
        Assert.True(physical.Count > 1);
        Assert.All(physical, line => Assert.InRange(line.Length, 1, 75));
        Assert.All(physical.Skip(1), line => Assert.Equal((byte)' ', line[0]));
        Assert.All(physical, line => strict.GetString(line)); // each line is whole UTF-8 on its own
        var unfolded = string.Concat(physical.Select((l, i) => strict.GetString(i == 0 ? l : l[1..])));
        Assert.Equal(value, unfolded);
    }

    [Fact]
    public void Write_PlainClient_RoundTripsThroughIcalJs()
    {
        var parsed = ParseWithIcalJs(Write(ReferralContexts.Client()));

        Assert.Equal("4.0", parsed.GetProperty("version").GetString());
        Assert.Equal("individual", parsed.GetProperty("kind").GetString());
        Assert.Equal("Anne-Sophie D'Hondt", parsed.GetProperty("fn").GetString());
        Assert.Equal(["D'Hondt", "Anne-Sophie", "", "", ""], Strings(parsed.GetProperty("n")));
        Assert.Equal(["", "", "Stationsstraat 12A bus 3", "Kluisbergen", "", "9690", "BE"], Strings(parsed.GetProperty("adr")));
        Assert.Equal("home", parsed.GetProperty("adrType").GetString());
        Assert.Equal("tel:+32470123456", parsed.GetProperty("tel").GetString());
        Assert.Equal("uri", parsed.GetProperty("telValueType").GetString());
        Assert.Equal("an@bücher.be", parsed.GetProperty("email").GetString());
        Assert.Equal("2026-11-24T23:30:00Z", parsed.GetProperty("rev").GetString());
        Assert.True(parsed.GetProperty("lineEndingsAllCrlf").GetBoolean());
    }

    public static TheoryData<string, string, string, string> HostileValues() => new()
    {
        { "Zoë Ångström-Çelik", "Ðurđević", "Rue de l'Église", "Sint-Maria-Horebeke" },
        { "An, Marie", "Peeters; Janssens", "Steenweg op Gent, hoek Markt", "Kluis;bergen" },
        { "Back\\slash", "Dubbel \\\\ teken", "Straat\\, geen escape", "Komma,Punt;Komma" },
        { "Ольга", "Иванова-Петрова", "Улица Пушкина", "Москва" },
        { "محمد", "عبد الله", "شارع", "القاهرة" },
        { "秀英", "王", "中山路", "北京" },
        { new string('é', 100), new string('王', 100), string.Concat(Enumerable.Repeat("Lange Nieuwstraat ", 5)), new string('ß', 80) },
        { "Line\nBreak", "Semi;colon,comma\\back", "a;b;c", "x,y,z" },
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void Write_HostileValues_RoundTripThroughIcalJs(string given, string family, string street, string municipality)
    {
        var client = new Client(given, family, new Address(street, "12-14", "0.1", "9690", municipality), "+32470123456", "an@example.be");

        var card = Write(client);
        var parsed = ParseWithIcalJs(card);

        Assert.Equal($"{given} {family}", parsed.GetProperty("fn").GetString());
        Assert.Equal([family, given, "", "", ""], Strings(parsed.GetProperty("n")));
        Assert.Equal(["", "", $"{street} 12-14 bus 0.1", municipality, "", "9690", "BE"], Strings(parsed.GetProperty("adr")));
        Assert.Equal("an@example.be", parsed.GetProperty("email").GetString());
        Assert.InRange(parsed.GetProperty("maxLineOctets").GetInt32(), 1, 75);
        Assert.True(parsed.GetProperty("lineEndingsAllCrlf").GetBoolean());
    }

    private static List<byte[]> SplitCrlf(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 2;
            }
        }

        Assert.Equal(bytes.Length, start); // ends with CRLF, no stray bytes
        return lines;
    }
}
