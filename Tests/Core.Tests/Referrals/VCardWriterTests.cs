using System.Text;
using System.Text.Json;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.Core.Tests.Referrals;

public class VCardWriterTests
{
    private static string Write(Client client) => VCardWriter.Write(client, "R-2026-000123", ReferralContexts.CreatedAt);

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
            "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Opgroeien//OCMW-doorverwijzing//NL\r\n"
            + "UID:R-2026-000123@doorverwijzing.opgroeien.be\r\n"
            + "FN;CHARSET=UTF-8:Anne-Sophie D'Hondt\r\nN;CHARSET=UTF-8:D'Hondt;Anne-Sophie;;;\r\n"
            + "ADR;TYPE=HOME;CHARSET=UTF-8:;;Stationsstraat 12A bus 3;Kluisbergen;;9690;België\r\n"
            + "TEL;TYPE=CELL:+32 470 12 34 56\r\nEMAIL;TYPE=INTERNET;CHARSET=UTF-8:an@bücher.be\r\n"
            + "REV:2026-11-24T23:30:00Z\r\nEND:VCARD\r\n",
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
    [InlineData("+32470123456", "CELL")]
    [InlineData("+32499987654", "CELL")]
    [InlineData("+3292234567", "VOICE")]
    [InlineData("+3225551234", "VOICE")]
    [InlineData("+31612345678", "CELL")]
    [InlineData("+33123456789", "VOICE")]
    public void PhoneType_LibphonenumberType_IsCellForMobilesElseVoice(string e164, string expected)
    {
        Assert.Equal(expected, VCardWriter.PhoneType(e164));
        Assert.Contains($"\r\nTEL;TYPE={expected}:", Write(ReferralContexts.Client() with { Phone = e164 }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,b", false, "a\\,b")]
    [InlineData("a;b", false, "a;b")]
    [InlineData("a;b", true, "a\\;b")]
    [InlineData("a\\b", true, "a\\\\b")]
    [InlineData("a\nb", false, "a\\nb")]
    [InlineData("a\r\nb", false, "a\\nb")]
    public void Escape_SpecialCharacters_PerRfc2426(string text, bool compound, string expected)
    {
        Assert.Equal(expected, VCardWriter.Escape(text, compound));
    }

    [Fact]
    public void Write_LongValues_AreNotFolded()
    {
        var client = ReferralContexts.Client() with { GivenName = string.Concat(Enumerable.Repeat("Marie-Louise ", 10)).Trim() };

        var lines = Write(client).Split("\r\n");

        Assert.Contains(lines, l => Encoding.UTF8.GetByteCount(l) > 75);
        Assert.DoesNotContain(lines, l => l.StartsWith(' ') || l.StartsWith('\t'));
    }

    [Fact]
    public void Write_PlainClient_RoundTripsThroughIcalJs()
    {
        var parsed = ParseWithIcalJs(Write(ReferralContexts.Client()));

        Assert.Equal("3.0", parsed.GetProperty("version").GetString());
        Assert.Equal("R-2026-000123@doorverwijzing.opgroeien.be", parsed.GetProperty("uid").GetString());
        Assert.Equal("Anne-Sophie D'Hondt", parsed.GetProperty("fn").GetString());
        Assert.Equal(["D'Hondt", "Anne-Sophie", "", "", ""], Strings(parsed.GetProperty("n")));
        Assert.Equal(["", "", "Stationsstraat 12A bus 3", "Kluisbergen", "", "9690", "België"], Strings(parsed.GetProperty("adr")));
        Assert.Equal(["HOME"], Strings(parsed.GetProperty("adrTypes")));
        Assert.Equal("+32 470 12 34 56", parsed.GetProperty("tel").GetString());
        Assert.Equal(["CELL"], Strings(parsed.GetProperty("telTypes")));
        Assert.NotEqual("uri", parsed.GetProperty("telValueType").GetString());
        Assert.Equal("an@bücher.be", parsed.GetProperty("email").GetString());
        Assert.Equal(["INTERNET"], Strings(parsed.GetProperty("emailTypes")));
        var charsets = parsed.GetProperty("charsets");
        Assert.All(new[] { "fn", "n", "adr", "email" }, p => Assert.Equal("UTF-8", charsets.GetProperty(p).GetString()));
        Assert.Equal("2026-11-24T23:30:00Z", parsed.GetProperty("rev").GetString());
        Assert.True(parsed.GetProperty("lineEndingsAllCrlf").GetBoolean());
        Assert.Equal(0, parsed.GetProperty("continuationLines").GetInt32());
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
        Assert.Equal(["", "", $"{street} 12-14 bus 0.1", municipality, "", "9690", "België"], Strings(parsed.GetProperty("adr")));
        Assert.Equal("an@example.be", parsed.GetProperty("email").GetString());
        Assert.True(parsed.GetProperty("lineEndingsAllCrlf").GetBoolean());
    }

    /// <summary>Names and places as Belgian residents write them, in every script the validation accepts.</summary>
    public static IReadOnlyList<Client> EveryScript { get; } =
    [
        new("Zoë", "'t Hooft", new("Rue de l'Église", "12", "3", "2970", "'s-Gravenwezel"), "+32470123456", "zoe@bücher.be"),
        new("Anne-Marie", "D'Hondt-Ångström", new("Ðurđevićstraat", "1A", null, "3700", "'s-Herenelderen"), "+3292234567", null),
        new("Ольга", "Иванова-Петрова", new("Улица Пушкина", "5", null, "9690", "Kluisbergen"), null, "olga@example.be"),
        new("Ελένη", "Παπαδοπούλου", new("Οδός Αθηνάς", "7", "0.1", "3980", "Tessenderlo-Ham"), "+306912345678", "eleni@example.gr"),
        new("محمد", "عبد الله", new("شارع النيل", "9", null, "3945", "Ham"), "+32499987654", "m@example.be"),
        new("مهرداد", "نیک\u200cنام", new("خیابان", "3", null, "9690", "Kluisbergen"), "+3225551234", "nik@example.ir"),
        new("秀英", "王", new("中山路", "88", null, "9690", "Kluisbergen"), "+8613812345678", "wang@例え.jp"),
        new("דוד", "כהן", new("רחוב הרצל", "4", null, "9690", "Kluisbergen"), "+972501234567", "david@example.il"),
        new("Siddharth", "शर्मा", new("Stationsstraat", "200", "12", "9690", "Kluisbergen"), "+919812345678", "s@example.in"),
        new(string.Concat(Enumerable.Repeat("Marie-Louise ", 6)).Trim(), "Van den Broeck", new(string.Concat(Enumerable.Repeat("Lange Nieuwstraat ", 5)).Trim(), "12-14", "0.1", "9690", "Kluisbergen"), "+32470123456", "x@example.be"),
    ];

    [Fact]
    public void Write_EveryScript_ReadBackByPythonVobject() => AssertEveryFieldBack(VCardReaders.Vobject);

    [Fact]
    public void Write_EveryScript_ReadBackByEzVcard() => AssertEveryFieldBack(VCardReaders.EzVcard);

    private static void AssertEveryFieldBack(Func<IReadOnlyList<string>, IReadOnlyList<JsonElement>> reader)
    {
        var folder = Directory.CreateTempSubdirectory("vcards-");
        try
        {
            var files = EveryScript.Select((client, i) =>
            {
                var file = Path.Combine(folder.FullName, $"client-{i}.vcf");
                File.WriteAllBytes(file, new UTF8Encoding(false).GetBytes(Write(client)));
                return file;
            }).ToList();

            var parsed = reader(files);

            for (var i = 0; i < EveryScript.Count; i++)
            {
                var (client, card) = (EveryScript[i], parsed[i]);
                var address = client.Address;
                var street = $"{address.Street} {address.HouseNumber}" + (address.Box is { } box ? $" bus {box}" : "");
                Assert.Equal("3.0", card.GetProperty("version").GetString());
                Assert.Equal("R-2026-000123@doorverwijzing.opgroeien.be", card.GetProperty("uid").GetString());
                Assert.Equal($"{client.GivenName} {client.FamilyName}", card.GetProperty("fn").GetString());
                Assert.Equal([client.FamilyName, client.GivenName], Strings(card.GetProperty("n")));
                Assert.Equal([street, address.Municipality, address.PostalCode, "België"], Strings(card.GetProperty("adr")));
                Assert.Equal(["HOME"], Strings(card.GetProperty("adrTypes")));
                Assert.Equal(client.Phone is { } phone ? PhoneRules.Display(phone) : null, card.GetProperty("tel").GetString());
                Assert.Equal(client.Phone is { } p ? [VCardWriter.PhoneType(p)] : [], Strings(card.GetProperty("telTypes")));
                Assert.Equal(client.Email, card.GetProperty("email").GetString());
                Assert.Equal(client.Email is null ? [] : ["INTERNET"], Strings(card.GetProperty("emailTypes")));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
