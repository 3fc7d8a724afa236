using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferralAddin.AddinHost.Tests.Support;

/// <summary>Referral request bodies for tests, as mutable JSON so a test can break exactly one thing.</summary>
public static class Referral
{
    public const string GivenName = "Zoë";
    public const string FamilyName = "Vandersmissen";
    public const string Street = "Kwatrechtstraat";
    public const string Phone = "0470 98 76 54";
    public const string PhoneDigits = "470987654";
    public const string Email = "zoe.vandersmissen@example.be";

    public static JsonObject Valid(string ocmwId = "kluisbergen", string recipient = "socialedienst@kluisbergen.be") => new()
    {
        ["ocmwId"] = ocmwId,
        ["recipient"] = recipient,
        ["client"] = new JsonObject
        {
            ["givenName"] = GivenName,
            ["familyName"] = FamilyName,
            ["address"] = new JsonObject
            {
                ["street"] = Street,
                ["houseNumber"] = "12",
                ["box"] = null,
                ["postalCode"] = ocmwId == "kluisbergen" ? "9690" : "3980",
                ["municipality"] = ocmwId == "kluisbergen" ? "Kluisbergen" : "Tessenderlo-Ham",
            },
            ["phone"] = Phone,
            ["email"] = Email,
        },
        ["consent"] = new JsonObject
        {
            ["informed"] = true,
            ["given"] = true,
            ["method"] = "mondeling",
            ["date"] = "2026-11-24",
        },
    };

    /// <summary>
    /// <paramref name="body"/> sent once more on purpose: the worker confirmed that the team's referral of this client to
    /// this OCMW less than 30 days ago is not a mistake (without it the host answers 409 possible_duplicate).
    /// </summary>
    public static JsonObject Again(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var again = body.DeepClone().AsObject();
        again["confirmDuplicate"] = true;
        return again;
    }

    /// <summary>
    /// Every personal value of <see cref="Valid"/> in the forms it could be written in. Not the 3-letter "Zoe":
    /// random base64 (keys, ciphertext) in the database contains it by chance a few times in a hundred.
    /// </summary>
    public static IReadOnlyList<string> PersonalValues { get; } =
        [GivenName, FamilyName, "VANDERSMISSEN", Street, Phone, PhoneDigits, "0470987654", Email];

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, JsonNode body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>The machine-readable codes of a validation problem.</summary>
    public static async Task<IReadOnlyList<(string Field, string Code)>> CodesAsync(this HttpResponseMessage response)
    {
        var json = await response.JsonAsync();
        return [.. json.GetProperty("codes").EnumerateArray().Select(c => (c.GetProperty("field").GetString()!, c.GetProperty("code").GetString()!))];
    }
}
