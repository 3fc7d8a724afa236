using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Directory;

/// <summary>Article 6: the OCMW of the client's residence. The same verdict while typing and at the send.</summary>
public sealed class ResidenceApiTests
{
    [Theory]
    [InlineData("9690", "kluisbergen", true, "postcode_served", "Deze postcode hoort bij OCMW Kluisbergen.")]
    [InlineData("3980", null, true, "postcode_served", "Deze postcode hoort bij OCMW Tessenderlo-Ham.")]
    [InlineData("3980", "kluisbergen", false, "postcode_not_served", "OCMW Kluisbergen is niet het OCMW van deze postcode: dat is OCMW Tessenderlo-Ham.")]
    [InlineData("1000", "kluisbergen", false, "postcode_no_ocmw", "Voor deze postcode is er geen OCMW met een geldend protocol.")]
    public async Task Residence_Postcode_AnswersTheVerdictThePaneShows(string postcode, string? ocmwId, bool allowed, string code, string message)
    {
        await using var host = await ReferralHost.CreateAsync();

        using var response = await host.CreateWorker().PostAsJsonAsync("/api/recipients/residence", new { postalCode = postcode, ocmwId });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal((allowed, code), (json.GetProperty("allowed").GetBoolean(), json.GetProperty("code").GetString()));
        Assert.StartsWith(message, json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"postalCode": "969"}""", "validation_failed")]
    [InlineData("""{"postalCode": "0690"}""", "validation_failed")]
    [InlineData("""{}""", "validation_failed")]
    [InlineData("""{"postalCode": "9690", "street": "Kerkstraat"}""", "unknown_property")]
    public async Task Residence_BadInput_Returns400Problem(string body, string code)
    {
        await using var host = await ReferralHost.CreateAsync();

        using var response = await host.CreateWorker().PostAsync(
            "/api/recipients/residence", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("3980", "Tessenderlo-Ham", "postcode_not_served", "OCMW Kluisbergen is niet het OCMW van deze postcode: dat is OCMW Tessenderlo-Ham.")]
    [InlineData("1000", "Brussel", "postcode_no_ocmw", "Voor deze postcode is er geen OCMW met een geldend protocol.")]
    public async Task Post_PostcodeNotOfChosenOcmw_Refused422AtThePostcodeAndNothingLeaves(string postcode, string municipality, string code, string message)
    {
        await using var host = await ReferralHost.CreateAsync();
        var body = Referral.Valid();
        body["client"]!["address"]!["postalCode"] = postcode;
        body["client"]!["address"]!["municipality"] = municipality;

        using var response = await Referral.PostAsync(host.CreateWorker(), body);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}: {text}");
        var json = await response.JsonAsync();
        Assert.Equal(code, json.GetProperty("code").GetString());
        var atPostcode = json.GetProperty("errors").GetProperty("client.address.postalCode")[0].GetString();
        Assert.StartsWith(message, atPostcode, StringComparison.Ordinal);
        Assert.Equal(("client.address.postalCode", code), await response.CodesAsync() is [var only] ? only : default);
        // The message names OCMWs, never the client's address; the mailbox itself was right, so no recipient verdict.
        Assert.DoesNotContain(postcode, text, StringComparison.Ordinal);
        Assert.All(Referral.PersonalValues, v => Assert.DoesNotContain(v, text, StringComparison.OrdinalIgnoreCase));
        Assert.False(json.TryGetProperty("verdicts", out _));
        Assert.Equal(0, await host.QueryAsync(db => db.ConsentRecords.CountAsync()));
        Assert.Empty(Pickup.Files(host.PickupDirectory));
    }
}
