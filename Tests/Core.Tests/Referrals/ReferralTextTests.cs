using System.Text;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.Core.Tests.Referrals;

public class ReferralTextTests
{
    private static string Text(ReferralDocumentContext? context = null) =>
        Encoding.UTF8.GetString(ReferralDocuments.Create(context ?? ReferralContexts.Create())[0].Content.Span[3..]);

    [Fact]
    public void Write_Header_HasReferenceBrusselsDateTeamAndOcmw()
    {
        var text = Text();

        Assert.Contains("Referentie:  R-2026-000123", text, StringComparison.Ordinal);
        Assert.Contains("Datum:       25 november 2026 om 00:30", text, StringComparison.Ordinal);
        Assert.Contains("Kind en Gezin Scheldeleie", text, StringComparison.Ordinal);
        Assert.Contains("de sociale dienst van OCMW Kluisbergen (socialedienst@kluisbergen.be)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SummerDate_UsesSummerTime()
    {
        var context = ReferralContexts.Create() with { CreatedAt = new DateTimeOffset(2026, 7, 1, 22, 15, 0, TimeSpan.Zero) };

        Assert.Contains("2 juli 2026 om 00:15", Text(context), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ClientBlock_HasEveryProtocolField()
    {
        var text = Text();

        Assert.Contains("Voornaam:    Anne-Sophie\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Naam:        D'Hondt\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Adres:       Stationsstraat 12A bus 3\r\n             9690 Kluisbergen\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Telefoon:    +32 470 12 34 56\r\n", text, StringComparison.Ordinal);
        Assert.Contains("E-mail:      an@bücher.be\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MissingOptionalData_SaysNotGiven()
    {
        var client = ReferralContexts.Client() with { Email = null, Address = ReferralContexts.Client().Address with { Box = null } };

        var text = Text(ReferralContexts.Create(client));

        Assert.Contains("E-mail:      niet opgegeven", text, StringComparison.Ordinal);
        Assert.Contains("Stationsstraat 12A\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" bus ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Consent_HasInformedGivenMethodDateAndVersion()
    {
        var text = Text();

        Assert.Contains("geïnformeerd over het delen van deze gegevens: ja", text, StringComparison.Ordinal);
        Assert.Contains("gaf toestemming voor het delen van deze gegevens:   ja", text, StringComparison.Ordinal);
        Assert.Contains("Wijze van toestemming:   schriftelijk", text, StringComparison.Ordinal);
        Assert.Contains("Datum van toestemming:   20 november 2026", text, StringComparison.Ordinal);
        Assert.Contains("Versie van de tekst:     2026-11-v1", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RECHTSGROND")]
    [InlineData("artikel 10/1 van het decreet van 30 april 2004")]
    [InlineData("artikel 8, §1, van het decreet van 18 juli 2008")]
    [InlineData("BEWAARTERMIJN (artikel 3 van het protocol)")]
    [InlineData("duidelijk is of de cliënt\r\nverdere hulp- en dienstverlening wenst")]
    [InlineData("dan worden de gegevens verwijderd")]
    [InlineData("(10 jaar na het afsluiten van het dossier)")]
    [InlineData("FOUTIEVE OF VEROUDERDE GEGEVENS (artikel 7 van het protocol)")]
    [InlineData("Vermeld de referentie R-2026-000123")]
    [InlineData("meld het dan onmiddellijk aan Opgroeien regie")]
    [InlineData("WACHTWOORD VAN HET ARCHIEF")]
    [InlineData("kreeg u telefonisch")]
    public void Write_Notices_ContainLegalBasisRetentionReportingAndPassphrase(string expected)
    {
        Assert.Contains(expected, Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LineEnds_AreCrlfOnly()
    {
        var text = Text();

        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(text.Split("\r\n").Length - 1, text.Count(c => c == '\n'));
        Assert.Equal(text.Count(c => c == '\n'), text.Count(c => c == '\r'));
    }

    [Fact]
    public void Write_WrongData_NamesTeamMailboxPhoneAndSender()
    {
        var context = ReferralContexts.Create() with
        {
            Contact = new("Kind en Gezin Scheldeleie", "an.worker@opgroeien.be", new("+3255389410", "scheldeleie@kindengezin.be", "+3255334700")),
        };

        var text = Text(context);

        Assert.Contains("Van:         Kind en Gezin Scheldeleie (Opgroeien regie), verstuurd door an.worker@opgroeien.be", text, StringComparison.Ordinal);
        Assert.Contains("team Kind en Gezin Scheldeleie:\r\n- e-mail van het team: scheldeleie@kindengezin.be\r\n", text, StringComparison.Ordinal);
        Assert.Contains("- telefoon van het team: 055 33 47 00\r\n", text, StringComparison.Ordinal);
        Assert.Contains("- of de medewerker die de doorverwijzing verstuurde: an.worker@opgroeien.be\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoTeamContacts_PointsToTheMailWithTheArchive()
    {
        var text = Text();

        Assert.DoesNotContain("e-mail van het team", text, StringComparison.Ordinal);
        Assert.Contains("(antwoord op de e-mail met het archief)", text, StringComparison.Ordinal);
    }
}
