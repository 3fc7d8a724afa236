using System.Text;
using MimeKit;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Mail;

/// <summary>The .eml in the pickup folder as a mail program reads it, and what it tells the OCMW's social worker.</summary>
public sealed class PickupMailSenderTests
{
    [Fact]
    public async Task Send_Referral_EmlIsSevenBitAndDeclaresEachPartsTransferEncoding()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateWorker();
        using var response = await Referral.PostAsync(client, Referral.Valid());
        response.EnsureSuccessStatusCode();

        var file = Assert.Single(Pickup.Files(host.PickupDirectory));
        var raw = await File.ReadAllBytesAsync(file);
        var message = await MimeMessage.LoadAsync(file);

        Assert.All(raw, b => Assert.True(b < 0x80, "an 8-bit byte in the .eml"));
        var text = Assert.IsType<TextPart>(message.BodyParts.OfType<TextPart>().Single());
        Assert.Equal(ContentEncoding.QuotedPrintable, text.ContentTransferEncoding);
        Assert.Equal("utf-8", text.ContentType.Charset, ignoreCase: true);
        Assert.Contains("Content-Transfer-Encoding: quoted-printable", Encoding.ASCII.GetString(raw), StringComparison.Ordinal);
        Assert.Contains("de contactgegevens (adres, telefoonnummer, e-mailadres) van de cliënt", text.Text, StringComparison.Ordinal);
        var attachment = message.Attachments.OfType<MimePart>().Single();
        Assert.Equal(ContentEncoding.Base64, attachment.ContentTransferEncoding);
    }

    [Fact]
    public async Task Send_Referral_BodyAndTextFileGiveTheSameWayToReportWrongData()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateWorker();
        using var response = await Referral.PostAsync(client, Referral.Valid());
        var passphrase = (await response.JsonAsync()).GetProperty("passphrase").GetString()!;

        var (message, archive, _, _) = await Pickup.ReadAsync(Assert.Single(Pickup.Files(host.PickupDirectory)));
        var body = message.TextBody!.ReplaceLineEndings("\n");
        var files = await SevenZip.ExtractAsync(archive, passphrase);
        var text = Encoding.UTF8.GetString(files["doorverwijzing.txt"]).ReplaceLineEndings("\n");

        var wrongData = Section(text, "FOUTIEVE OF VEROUDERDE GEGEVENS (artikel 7 van het protocol)\n", "\n\n");
        // The same words; the mail keeps each paragraph on one line (the client wraps it), the text file wraps by hand.
        Assert.Equal(OutlookReferralAddin.AddinHost.Mail.ReferralMailComposer.Paragraphs(wrongData.Split('\n')),
            Section(body, "Foutieve of verouderde gegevens (artikel 7 van het protocol)\n", "\n\n"));
        Assert.Contains("meld het dan onmiddellijk aan Opgroeien regie, bij het doorverwijzende\nteam Kind en Gezin Scheldeleie:", wrongData, StringComparison.Ordinal);
        Assert.Contains("- e-mail van het team: scheldeleie@kindengezin.be\n", wrongData, StringComparison.Ordinal);
        Assert.Contains("- telefoon van het team: 055 33 47 00\n", wrongData, StringComparison.Ordinal);
        Assert.Contains("- of de medewerker die de doorverwijzing verstuurde: worker@opgroeien.be\n", wrongData, StringComparison.Ordinal);
        Assert.Contains($"Vermeld de referentie {message.Headers["x-ocmw-referral-reference"]}", wrongData, StringComparison.Ordinal);
        Assert.DoesNotContain("dpo@opgroeien.be", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_Referral_BodySaysHowToOpenTheArchiveAndTypeThePassphrase()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateWorker();
        using var response = await Referral.PostAsync(client, Referral.Valid());
        response.EnsureSuccessStatusCode();

        var (message, _, _, _) = await Pickup.ReadAsync(Assert.Single(Pickup.Files(host.PickupDirectory)));
        var body = message.TextBody!.ReplaceLineEndings("\n");

        var opening = Section(body, "Het archief openen\n", "\n\n");
        Assert.StartsWith("Open het archief met 7-Zip (gratis, www.7-zip.org) of een ander programma dat versleutelde 7z-archieven opent.", opening, StringComparison.Ordinal);
        Assert.Contains("Niet met Windows Verkenner: die kan de bestanden in een versleuteld 7z-archief niet openen, ook niet met het juiste wachtwoord.\n1.", opening, StringComparison.Ordinal);
        Assert.Contains("3. Typ het wachtwoord dat u telefonisch kreeg: kleine letters, met de streepjes.", opening, StringComparison.Ordinal);
        var passphrase = Section(body, "Het wachtwoord\n", "\n\n");
        Assert.Contains("geeft het u telefonisch door", passphrase, StringComparison.Ordinal);
        Assert.Contains("Het bestaat uit 5 groepjes van 4 tekens (kleine letters en cijfers), gescheiden door streepjes.", passphrase, StringComparison.Ordinal);
        Assert.Contains("Kreeg u het wachtwoord niet? Neem contact op met het doorverwijzende team Kind en Gezin Scheldeleie:\n- e-mail van het team: scheldeleie@kindengezin.be\n- telefoon van het team: 055 33 47 00", passphrase, StringComparison.Ordinal);
    }

    private static string Section(string text, string heading, string end)
    {
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{heading.Trim()}' is missing");
        start += heading.Length;
        var stop = text.IndexOf(end, start, StringComparison.Ordinal);
        return stop < 0 ? text[start..] : text[start..stop];
    }
}
