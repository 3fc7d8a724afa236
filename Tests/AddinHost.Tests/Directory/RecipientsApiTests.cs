using System.Net;
using System.Net.Http.Json;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Directory;

public sealed class RecipientsApiTests
{
    [Fact]
    public async Task Check_MixedRecipients_ReturnsVerdictPerAddress()
    {
        await using var host = await ReferralHost.CreateAsync();

        using var response = await host.CreateWorker().PostAsJsonAsync("/api/recipients/check", new
        {
            recipients = new[] { "socialedienst@kluisbergen.be", "socialedienst@kluisbergem.be" },
            ocmwId = "kluisbergen",
            postalCode = "9690",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.JsonAsync()).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal("allowed", results[0].GetProperty("verdict").GetString());
        Assert.Equal("blocked", results[1].GetProperty("verdict").GetString());
        Assert.False(string.IsNullOrEmpty(results[1].GetProperty("code").GetString()));
        Assert.False(string.IsNullOrEmpty(results[1].GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Check_MailContext_IsAccepted()
    {
        await using var host = await ReferralHost.CreateAsync();

        using var response = await host.CreateWorker().PostAsJsonAsync("/api/recipients/check", new
        {
            recipients = new[] { "collega@opgroeien.be" },
            context = "mail",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single((await response.JsonAsync()).GetProperty("results").EnumerateArray());
    }

    [Theory]
    [InlineData("""{"recipients": []}""", 400, "validation_failed")]
    [InlineData("""{"recipients": ["a@b.be"], "context": "fax"}""", 400, "validation_failed")]
    [InlineData("""{"recipients": "a@b.be"}""", 400, "invalid_json")]
    [InlineData("""{""", 400, "invalid_json")]
    public async Task Check_BadInput_ReturnsProblem(string json, int status, string code)
    {
        await using var host = await ReferralHost.CreateAsync();

        using var response = await host.CreateWorker().PostAsync(
            "/api/recipients/check", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, (await response.JsonAsync()).GetProperty("code").GetString());
    }
}
