using System.Net;
using System.Text;
using System.Text.Json;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Admin.Import;

/// <summary>One body limit for the import, with and without Content-Length, large enough for every Flemish OCMW.</summary>
public sealed class ImportBodyLimitTests
{
    private const string Header =
        "id;naam;kbo;adres;team;mailboxen;domeinen;postcodes;ondertekend op;van kracht vanaf;opzegtermijn;dpo opgroeien organisatie;dpo opgroeien email;dpo ocmw organisatie;dpo ocmw email;telefoon sociale dienst";

    /// <summary>300 rows as long as real ones (about 600 bytes each): some 165 kB of CSV, more as JSON.</summary>
    private static string AllFlemishOcmws()
    {
        var rows = Enumerable.Range(0, 300).Select(i =>
            $"gemeente-{i:000};OCMW Gemeente {i:000} met een lange officiële naam van het sociaal huis en de welzijnsvereniging;0207.{i:000}.000;"
            + $"\"Administratief Centrum, Gemeentehuisstraat {i} bus 12; 9{i:000} Gemeente {i:000}\";Team Kind en Gezin Regio {i:000} (lokaal team);"
            + $"socialedienst@gemeente-{i:000}-sociaalhuis.be,onthaal@gemeente-{i:000}-sociaalhuis.be;gemeente-{i:000}-sociaalhuis.be;\"9{i:000}\";"
            + $"2026-10-15;2026-11-01;3;Opgroeien regie - functionaris voor gegevensbescherming;dpo@opgroeien.be;"
            + $"Sociaal Huis Gemeente {i:000} - functionaris voor gegevensbescherming;privacy@gemeente-{i:000}-sociaalhuis.be;055 31 46 00");
        return string.Join("\r\n", [Header, .. rows]);
    }

    private static HttpContent Body(string csv, bool announceLength)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new { csv });
        HttpContent content = announceLength ? new ByteArrayContent(json) : new StreamContent(new MemoryStream(json));
        content.Headers.ContentType = new("application/json");
        return content;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Preview_AllFlemishOcmws_IsAcceptedWithAndWithoutContentLength(bool announceLength)
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();
        var csv = AllFlemishOcmws();
        Assert.InRange(Encoding.UTF8.GetByteCount(csv), 160 * 1024, 400 * 1024);

        using var response = await admin.PostAsync(new Uri("/api/admin/import/preview", UriKind.Relative), Body(csv, announceLength));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(300, (await response.JsonAsync()).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Preview_OverTheLimit_Is413EitherWayAndNoErrorIsLogged(bool announceLength)
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();
        var csv = Header + "\r\n" + new string('x', 1100 * 1024);

        using var response = await admin.PostAsync(new Uri("/api/admin/import/preview", UriKind.Relative), Body(csv, announceLength));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body_too_large", (await response.JsonAsync()).GetProperty("code").GetString());
        Assert.DoesNotContain(host.Logs.Lines, l => l.StartsWith("Error ", StringComparison.Ordinal) || l.StartsWith("Critical ", StringComparison.Ordinal));
    }
}
