using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Tests.Admin;
using OutlookReferralAddin.AddinHost.Tests.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Referrals;

/// <summary>
/// The passphrase is read to the OCMW's social service by phone: without that number an entry is not accepted, verified
/// or imported, and a referral is refused before anything is stored or sent.
/// </summary>
public sealed class SocialServicePhoneTests
{
    private static Task<int> RemovePhoneAsync(ReferralHost host, string ocmwId = "kluisbergen") =>
        host.QueryAsync(db => db.OcmwProtocols.Where(p => p.Id == ocmwId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.SocialServicePhone, (string?)null)));

    [Fact]
    public async Task Post_OcmwWithoutSocialServicePhone_Returns400AtOcmwFieldAndStoresAndSendsNothing()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var worker = host.CreateWorker();
        await RemovePhoneAsync(host);

        using var response = await Referral.PostAsync(worker, Referral.Valid());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("social_service_phone_missing", problem.GetProperty("code").GetString());
        var message = problem.GetProperty("errors").GetProperty("ocmwId")[0].GetString();
        Assert.StartsWith("Het telefoonnummer van de sociale dienst van OCMW Kluisbergen staat niet in de lijst.", message, StringComparison.Ordinal);
        Assert.Contains(await response.CodesAsync(), c => c is ("ocmwId", "social_service_phone_missing"));
        Assert.Empty(Pickup.Files(host.PickupDirectory));
        Assert.Equal(0, await host.QueryAsync(db => db.ConsentRecords.CountAsync()));
        foreach (var value in Referral.PersonalValues)
        {
            Assert.DoesNotContain(value, await response.Content.ReadAsStringAsync() + host.Logs.AllText, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Create_EntryWithoutSocialServicePhone_Returns400WithDutchFieldError()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();
        var body = AdminRequests.NewOcmw();
        body.Remove("socialServicePhone");

        using var response = await admin.PostAsJsonAsync(new Uri("/api/admin/ocmws", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(await response.CodesAsync(), c => c is ("socialServicePhone", "required"));
        var message = (await response.JsonAsync()).GetProperty("errors").GetProperty("socialServicePhone")[0].GetString();
        Assert.StartsWith("Vul het telefoonnummer van de sociale dienst in", message, StringComparison.Ordinal);
        Assert.Equal(0, await host.QueryAsync(db => db.Proposals.CountAsync()));
    }

    [Fact]
    public async Task ImportPreview_RowWithoutPhoneOrFileWithoutColumn_IsRefused()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();
        const string header = "id;naam;kbo;adres;team;mailboxen;domeinen;postcodes;ondertekend op;van kracht vanaf;opzegtermijn;"
            + "dpo opgroeien organisatie;dpo opgroeien email;dpo ocmw organisatie;dpo ocmw email";
        const string row = "oudenaarde;OCMW Oudenaarde;0123.456.749;Markt 1, 9700 Oudenaarde;Kind en Gezin Test;socialedienst@oudenaarde.be;"
            + "oudenaarde.be;9700;2026-10-15;2026-11-01;3;Opgroeien regie;dpo@opgroeien.be;OCMW Oudenaarde;privacy@oudenaarde.be";

        using var emptyCell = await admin.PostAsJsonAsync(new Uri("/api/admin/import/preview", UriKind.Relative),
            new { csv = $"{header};telefoon sociale dienst\r\n{row};" });
        using var noColumn = await admin.PostAsJsonAsync(new Uri("/api/admin/import/preview", UriKind.Relative), new { csv = $"{header}\r\n{row}" });

        var preview = (await emptyCell.JsonAsync()).GetProperty("rows")[0];
        Assert.Equal("error", preview.GetProperty("status").GetString());
        Assert.Contains(preview.GetProperty("errors").EnumerateArray(),
            e => e.GetProperty("field").GetString() == "socialServicePhone" && e.GetProperty("code").GetString() == "required");
        Assert.Equal(HttpStatusCode.BadRequest, noColumn.StatusCode);
        Assert.Contains("De kolom 'telefoon sociale dienst' ontbreekt.", await noColumn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendVerification_EntryWithoutPhone_Returns400AndWithPhoneTheMailNamesTheNumber()
    {
        await using var host = await ReferralHost.CreateAsync();
        await host.ForgetSeedVerificationsAsync();
        using var admin = host.CreateAdmin();
        await RemovePhoneAsync(host, "tessenderlo-ham");

        using var refused = await Verification.SendAsync(admin, "tessenderlo-ham", "socialedienst@tessenderlo-ham.be");
        var (_, _, _, _, eml) = await Verification.SendAndOpenAsync(host, admin);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(await refused.CodesAsync(), c => c is ("socialServicePhone", "social_service_phone_missing"));
        var (message, _, _, _) = await Pickup.ReadAsync(eml);
        Assert.Contains("055 38 94 10", message.TextBody, StringComparison.Ordinal);
        // One paragraph per line (issue #21): the number's sentence is not cut in two by a hand-made line break.
        Assert.Contains(message.TextBody!.ReplaceLineEndings("\n").Split('\n'), line =>
            line.StartsWith("Het wachtwoord staat niet in deze e-mail.", StringComparison.Ordinal) && line.Contains("055 38 94 10", StringComparison.Ordinal));
        Assert.Single(Pickup.Files(host.PickupDirectory));
    }
}
