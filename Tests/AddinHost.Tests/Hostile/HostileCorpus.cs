using System.Text;
using System.Text.Json.Nodes;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Hostile;

/// <summary>
/// Hostile and malformed requests to every endpoint, generated in code. Each case is one named test
/// (<see cref="HostileCorpusTests"/>); none may cause a 500, a mail, or a stored record.
/// </summary>
public static class HostileCorpus
{
    private const string Referrals = "/api/referrals";
    private const string Check = "/api/recipients/check";

    /// <summary>JSON paths of a referral body that must be present and well-typed.</summary>
    public static readonly string[] RequiredFields =
    [
        "ocmwId", "recipient", "client", "client.givenName", "client.familyName", "client.address", "client.address.street",
        "client.address.houseNumber", "client.address.postalCode", "client.address.municipality", "consent", "consent.informed",
        "consent.given", "consent.method", "consent.date",
    ];

    /// <summary>Text fields of a referral where hostile strings go.</summary>
    public static readonly string[] TextFields =
    [
        "ocmwId", "recipient", "client.givenName", "client.familyName", "client.address.street", "client.address.houseNumber",
        "client.address.box", "client.address.municipality", "client.phone", "client.email",
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, HostileCase>> ByName =
        new(() => Cases().ToDictionary(c => c.Name, StringComparer.Ordinal));

    public static HostileCase Get(string name) => ByName.Value[name];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in ByName.Value.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    public static IEnumerable<HostileCase> Cases() =>
        ReferralCases().Concat(ReadCases()).Concat(RecipientCases()).Concat(AdminCases()).Concat(ScreenAndAdminWriteCases()).Concat(DirectoryCases())
            .Concat(UnknownPropertyCases()).Concat(WrappedRecipientCases());

    private static IEnumerable<HostileCase> ReferralCases()
    {
        foreach (var (name, value) in HostileValues.All)
        {
            foreach (var field in TextFields)
            {
                if (name == "only-spaces" && field is "client.address.box" or "client.phone" or "client.email")
                {
                    continue; // blank optional fields are absent, and the referral is valid
                }

                yield return PostReferral($"referral {field} {name}", Mutate(field, JsonValue.Create(value)));
            }
        }

        JsonNode?[] wrongTypes = [JsonValue.Create(12), new JsonArray(), new JsonObject(), JsonValue.Create(true)];
        foreach (var field in RequiredFields.Append("client.phone").Append("client.email"))
        {
            foreach (var wrong in wrongTypes)
            {
                var kind = wrong switch { JsonArray => "array", JsonObject => "object", _ => wrong!.ToJsonString() };
                if (field is "client" or "client.address" or "consent" && kind == "object")
                {
                    kind = "empty-object";
                }

                if (kind == "true" && field is "consent.informed" or "consent.given")
                {
                    continue; // true is the valid value there
                }

                yield return PostReferral($"referral {field} wrong type {kind}", Mutate(field, wrong?.DeepClone()));
            }
        }

        foreach (var field in RequiredFields)
        {
            yield return PostReferral($"referral {field} missing", Remove(field));
            yield return PostReferral($"referral {field} null", Mutate(field, null));
        }

        yield return PostReferral("referral phone and email both missing", Remove("client.email", Remove("client.phone")));
        yield return PostReferral("referral consent not informed", Mutate("consent.informed", JsonValue.Create(false)));
        yield return PostReferral("referral consent not given", Mutate("consent.given", JsonValue.Create(false)));
        yield return PostReferral("referral consent method unknown", Mutate("consent.method", JsonValue.Create("telepathisch")));
        yield return PostReferral("referral consent date impossible", Mutate("consent.date", JsonValue.Create("2026-02-30")));
        yield return PostReferral("referral consent date in the future", Mutate("consent.date", JsonValue.Create("9999-12-31")));
        yield return PostReferral("referral consent date year one", Mutate("consent.date", JsonValue.Create("0001-01-01")));
        yield return PostReferral("referral consent informed as string", Mutate("consent.informed", JsonValue.Create("true")));
        yield return PostReferral("referral consent informed huge number", Raw(Valid().Replace("\"informed\":true", "\"informed\":1e999", StringComparison.Ordinal)));
        yield return PostReferral("referral recipient lookalike cyrillic", Mutate("recipient", JsonValue.Create("socialedienst@kluisb\u0435rgen.be")));
        yield return PostReferral("referral recipient other ocmw", Mutate("recipient", JsonValue.Create("socialedienst@tessenderlo-ham.be")));
        yield return PostReferral("referral recipient two addresses", Mutate("recipient", JsonValue.Create("socialedienst@kluisbergen.be, evil@evil.example")));
        yield return PostReferral("referral recipient display name", Mutate("recipient", JsonValue.Create("\"OCMW\" <evil@evil.example>")));
        yield return PostReferral("referral ocmw unknown", Mutate("ocmwId", JsonValue.Create("atlantis")));
        yield return PostReferral("referral postcode of other ocmw", Mutate("client.address.postalCode", JsonValue.Create("3980")));
        yield return PostReferral("referral postcode letters", Mutate("client.address.postalCode", JsonValue.Create("ABCD")));

        // Structure and encoding.
        yield return PostReferral("referral empty body", []);
        yield return PostReferral("referral json null", Raw("null"));
        yield return PostReferral("referral json array", Raw("[]"));
        yield return PostReferral("referral json string", Raw("\"referral\""));
        yield return PostReferral("referral truncated json", Raw(Valid()[..(Valid().Length / 2)]));
        yield return PostReferral("referral trailing garbage", Raw(Valid() + " xyz"));
        yield return PostReferral("referral two documents", Raw(Valid() + Valid()));
        yield return PostReferral("referral comments", Raw("/* hi */" + Valid()));
        yield return PostReferral("referral single quotes", Raw(Valid().Replace('"', '\'')));
        yield return PostReferral("referral duplicate ocmwId key", Raw("{\"ocmwId\":\"tessenderlo-ham\"," + Valid()[1..]));
        yield return PostReferral("referral duplicate recipient key", Raw(Valid()[..^1] + ",\"recipient\":\"evil@evil.example\"}"));
        yield return PostReferral("referral duplicate givenName key", Raw(Valid().Replace("\"givenName\":", "\"givenName\":\"Evil\",\"givenName\":", StringComparison.Ordinal)));
        yield return PostReferral("referral deep array depth 10000", Raw(new string('[', 10_000) + new string(']', 10_000)));
        yield return PostReferral("referral deep object depth 10000", Raw(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)));
        yield return PostReferral("referral deep object depth 1000 in client", Raw(Valid().Replace("\"client\":", "\"client\":" + string.Concat(Enumerable.Repeat("{\"a\":", 1000)) + "1" + new string('}', 1000) + ",\"x\":", StringComparison.Ordinal)));
        yield return PostReferral("referral body 40 kB", Mutate("client.givenName", JsonValue.Create(new string('a', 40_000))));
        yield return PostReferral("referral body 2 MB", Mutate("client.familyName", JsonValue.Create(new string('b', 2_000_000))));
        yield return PostReferral("referral body 36 kB of whitespace", Raw(Valid().Replace(",", new string(' ', 2600) + ",", StringComparison.Ordinal)));
        yield return PostReferral("referral invalid utf-8 byte", Bytes(Valid(), "Vandersmissen", [0x56, 0xC3, 0x28]));
        yield return PostReferral("referral overlong utf-8 slash", Bytes(Valid(), "Vandersmissen", [0x56, 0xC0, 0xAF]));
        yield return PostReferral("referral utf-8 encoded surrogate", Bytes(Valid(), "Vandersmissen", [0x56, 0xED, 0xA0, 0x80]));
        yield return PostReferral("referral 0xFF bytes", Bytes(Valid(), "Vandersmissen", [0xFF, 0xFE, 0xFF]));
        yield return PostReferral("referral utf-16 body declared json", Encoding.Unicode.GetBytes(Valid()));
        yield return PostReferral("referral nul byte outside string", Raw(Valid().Replace(",", ",\0", StringComparison.Ordinal)));
        yield return PostReferral("referral unicode escapes in keys", Raw(Valid().Replace("\"ocmwId\"", "\"\\u006fcmwId\\u0000\"", StringComparison.Ordinal)));

        foreach (var type in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/html", "application/jsonp", "application/json-patch+json-evil", "" })
        {
            yield return new HostileCase($"referral content type '{type}'", HttpMethod.Post, Referrals, Encoding.UTF8.GetBytes(Valid()), type.Length == 0 ? null : type);
        }

        yield return PostReferral("referral idempotency key 10k chars", Encoding.UTF8.GetBytes(Valid()), new Dictionary<string, string> { ["Idempotency-Key"] = new string('k', 10_000) });
        yield return PostReferral("referral idempotency key 201 chars", Encoding.UTF8.GetBytes(Valid()), new Dictionary<string, string> { ["Idempotency-Key"] = new string('k', 201) });
        yield return PostReferral("referral idempotency key 100k chars", Encoding.UTF8.GetBytes(Valid()), new Dictionary<string, string> { ["Idempotency-Key"] = new string('k', 100_000) });
        yield return PostReferral("referral idempotency key tab", Encoding.UTF8.GetBytes(Valid()), new Dictionary<string, string> { ["Idempotency-Key"] = "a\tb" });
        yield return PostReferral("referral huge custom header and bad body", Raw("{"), new Dictionary<string, string> { ["X-Padding"] = new string('p', 30_000) });
        yield return new HostileCase("referral PUT", HttpMethod.Put, Referrals, Encoding.UTF8.GetBytes(Valid()));
        yield return new HostileCase("referral DELETE", HttpMethod.Delete, Referrals);
        yield return new HostileCase("referral PATCH", HttpMethod.Patch, Referrals, Encoding.UTF8.GetBytes(Valid()));
    }

    private static IEnumerable<HostileCase> ReadCases()
    {
        string[] ids =
        [
            "not-a-guid", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fappsettings.json", "%01", "'%20OR%201=1--", "%3Cscript%3E",
            new string('9', 5000), "00000000-0000-0000-0000-000000000000", "6f9619ff-8b86-d011-b42d-00cf4fc964ff",
            "{6f9619ff-8b86-d011-b42d-00cf4fc964ff}x", "..", "%252e%252e%252f", "R-2026-000001",
        ];
        foreach (var id in ids)
        {
            var label = id.Length > 40 ? id[..10] + $"…({id.Length})" : id;
            yield return new HostileCase($"get referral id {label}", HttpMethod.Get, $"{Referrals}/{id}", ContentType: null);
            yield return new HostileCase($"withdraw referral id {label}", HttpMethod.Post, $"{Referrals}/{id}/withdrawal", Encoding.UTF8.GetBytes("{}"));
            yield return new HostileCase($"passphrase delivered id {label}", HttpMethod.Post, $"{Referrals}/{id}/passphrase-delivered", Encoding.UTF8.GetBytes("{}"));
            yield return new HostileCase($"incident referral id {label}", HttpMethod.Post, $"{Referrals}/{id}/incidents", Encoding.UTF8.GetBytes("{\"kind\":\"other\"}"));
            yield return new HostileCase($"close incident id {label}", HttpMethod.Post, $"/api/admin/incidents/{id}/closure", Encoding.UTF8.GetBytes("{}"), Admin: true);
        }

        foreach (var (name, value) in HostileValues.All)
        {
            // No such client exists: the lookup answers with no matches or refuses the input, and stores nothing.
            yield return new HostileCase($"lookup name {name}", HttpMethod.Post, $"{Referrals}/lookup",
                Json(new JsonObject { ["givenName"] = value, ["familyName"] = value, ["postalCode"] = "9690" }), Expect: HostileExpectation.Harmless);
        }

        yield return new HostileCase("lookup postcode script", HttpMethod.Post, $"{Referrals}/lookup", Encoding.UTF8.GetBytes("{\"givenName\":\"a\",\"familyName\":\"b\",\"postalCode\":\"<script>\"}"));
        yield return new HostileCase("lookup names numbers", HttpMethod.Post, $"{Referrals}/lookup", Encoding.UTF8.GetBytes("{\"givenName\":1,\"familyName\":2,\"postalCode\":3}"));
        yield return new HostileCase("lookup deep body", HttpMethod.Post, $"{Referrals}/lookup", Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)));
        yield return new HostileCase("list referrals all as worker", HttpMethod.Get, $"{Referrals}?all=true", ContentType: null);
        yield return new HostileCase("list referrals status script", HttpMethod.Get, $"{Referrals}?status=%3Cscript%3E", ContentType: null);
        yield return new HostileCase("list referrals page not a number", HttpMethod.Get, $"{Referrals}?page=een", ContentType: null);
        yield return new HostileCase("list referrals huge page", HttpMethod.Get, $"{Referrals}?page=2147483647&pageSize=2147483647", ContentType: null, Expect: HostileExpectation.Harmless);
        yield return new HostileCase("admin incidents as worker", HttpMethod.Get, "/api/admin/incidents", ContentType: null);

        var random = Guid.NewGuid();
        yield return new HostileCase("withdraw unknown referral deep body", HttpMethod.Post, $"{Referrals}/{random}/withdrawal", Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)));
        yield return new HostileCase("withdraw unknown referral wrong date type", HttpMethod.Post, $"{Referrals}/{random}/withdrawal", Encoding.UTF8.GetBytes("{\"date\": 12}"));
        yield return new HostileCase("withdraw unknown referral body 200 kB", HttpMethod.Post, $"{Referrals}/{random}/withdrawal", Encoding.UTF8.GetBytes("{\"date\":\"" + new string('1', 200_000) + "\"}"));
        yield return new HostileCase("get referral as other method DELETE", HttpMethod.Delete, $"{Referrals}/{random}");
    }

    private static IEnumerable<HostileCase> RecipientCases()
    {
        foreach (var (name, value) in HostileValues.All)
        {
            yield return new HostileCase($"check address {name}", HttpMethod.Post, Check, Json(new JsonObject { ["recipients"] = new JsonArray(value) }), Expect: HostileExpectation.Harmless);
        }

        yield return new HostileCase("check 101 recipients", HttpMethod.Post, Check, Json(new JsonObject { ["recipients"] = new JsonArray([.. Enumerable.Range(0, 101).Select(i => (JsonNode)JsonValue.Create($"a{i}@kluisbergen.be"))]) }));
        yield return new HostileCase("check zero recipients", HttpMethod.Post, Check, Json(new JsonObject { ["recipients"] = new JsonArray() }));
        yield return new HostileCase("check recipients missing", HttpMethod.Post, Check, Encoding.UTF8.GetBytes("{}"));
        yield return new HostileCase("check recipients string", HttpMethod.Post, Check, Encoding.UTF8.GetBytes("{\"recipients\":\"a@b.be\"}"));
        yield return new HostileCase("check recipients numbers", HttpMethod.Post, Check, Encoding.UTF8.GetBytes("{\"recipients\":[1,2]}"));
        yield return new HostileCase("check context unknown", HttpMethod.Post, Check, Encoding.UTF8.GetBytes("{\"recipients\":[\"a@b.be\"],\"context\":\"<script>\"}"));
        yield return new HostileCase("check context numeric enum", HttpMethod.Post, Check, Encoding.UTF8.GetBytes("{\"recipients\":[\"a@b.be\"],\"context\":\"7\"}"));
        yield return new HostileCase("check deep array depth 10000", HttpMethod.Post, Check, Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)));
        yield return new HostileCase("check deep object in ocmwId", HttpMethod.Post, Check, Encoding.UTF8.GetBytes("{\"recipients\":[\"a@b.be\"],\"ocmwId\":" + string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000) + "}"));
        yield return new HostileCase("check body 2 MB", HttpMethod.Post, Check, Json(new JsonObject { ["recipients"] = new JsonArray(new string('x', 2_000_000) + "@kluisbergen.be") }));
        yield return new HostileCase("check body 70 kB", HttpMethod.Post, Check, Json(new JsonObject { ["recipients"] = new JsonArray([.. Enumerable.Range(0, 100).Select(i => (JsonNode)JsonValue.Create(new string('x', 700) + "@kluisbergen.be"))]) }));
        yield return new HostileCase("check invalid utf-8", HttpMethod.Post, Check, [.. Encoding.UTF8.GetBytes("{\"recipients\":[\"a"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("@b.be\"]}")]);
        yield return new HostileCase("check truncated json", HttpMethod.Post, Check, Encoding.UTF8.GetBytes("{\"recipients\":[\"a@b.be\""));
        yield return new HostileCase("check text plain", HttpMethod.Post, Check, Encoding.UTF8.GetBytes("{\"recipients\":[\"a@b.be\"]}"), "text/plain");
        yield return new HostileCase("check no content type", HttpMethod.Post, Check, Encoding.UTF8.GetBytes("{\"recipients\":[\"a@b.be\"]}"), null);
        yield return new HostileCase("check GET", HttpMethod.Get, Check, ContentType: null);
        yield return new HostileCase("check duplicate recipients key", HttpMethod.Post, Check, Encoding.UTF8.GetBytes("{\"recipients\":[\"a@b.be\"],\"recipients\":[\"c@d.be\"]}"));
    }

    private static IEnumerable<HostileCase> AdminCases()
    {
        const string Consents = "/api/admin/consents";
        yield return new HostileCase("admin consents as worker", HttpMethod.Get, Consents, ContentType: null);
        yield return new HostileCase("admin consents csv as worker", HttpMethod.Get, Consents + "?format=csv", ContentType: null);
        yield return new HostileCase("admin consents status script", HttpMethod.Get, Consents + "?status=%3Cscript%3E", ContentType: null, Admin: true);
        yield return new HostileCase("admin consents status numeric", HttpMethod.Get, Consents + "?status=7", ContentType: null, Admin: true);
        yield return new HostileCase("admin consents from not a date", HttpMethod.Get, Consents + "?from=gisteren", ContentType: null, Admin: true);
        yield return new HostileCase("admin consents to sql", HttpMethod.Get, Consents + "?to=2026-01-01'%20OR%201=1--", ContentType: null, Admin: true);
        yield return new HostileCase("admin consents page overflow", HttpMethod.Get, Consents + "?page=99999999999999", ContentType: null, Admin: true);
        yield return new HostileCase("admin consents page size text", HttpMethod.Get, Consents + "?pageSize=veel", ContentType: null, Admin: true);
        yield return new HostileCase("admin consents ocmw sql", HttpMethod.Get, Consents + "?ocmwId='%20OR%201=1--", ContentType: null, Admin: true, Expect: HostileExpectation.Harmless);
        yield return new HostileCase("admin consents page negative", HttpMethod.Get, Consents + "?page=-5&pageSize=-1", ContentType: null, Admin: true, Expect: HostileExpectation.Harmless);
        yield return new HostileCase("admin consents POST", HttpMethod.Post, Consents, Encoding.UTF8.GetBytes("{}"), Admin: true);
        yield return new HostileCase("admin consents DELETE", HttpMethod.Delete, Consents, Admin: true);
        yield return new HostileCase("admin path traversal", HttpMethod.Get, "/api/admin/..%2F..%2Fappsettings.json", ContentType: null, Admin: true);
        yield return new HostileCase("admin unknown endpoint", HttpMethod.Get, "/api/admin/secrets", ContentType: null, Admin: true);
        yield return new HostileCase("consent statements unknown ocmw", HttpMethod.Get, "/api/consent/statements?ocmwId=%3Cscript%3E", ContentType: null);
        yield return new HostileCase("consent statements no ocmw", HttpMethod.Get, "/api/consent/statements", ContentType: null);
    }

    private static IEnumerable<HostileCase> ScreenAndAdminWriteCases()
    {
        const string Screen = "/api/recipients/screen";
        const string Ocmws = "/api/admin/ocmws";
        yield return new HostileCase("screen deep array depth 10000", HttpMethod.Post, Screen, Raw(new string('[', 10_000) + new string(']', 10_000)));
        yield return new HostileCase("screen invalid utf-8", HttpMethod.Post, Screen, [.. Raw("{\"recipients\":[\"a"), 0xC3, 0x28, .. Raw("@b.be\"]}")]);
        yield return new HostileCase("screen body 2 MB", HttpMethod.Post, Screen, Raw("{\"recipients\":[\"" + new string('x', 2_000_000) + "\"]}"));
        yield return new HostileCase("screen text plain", HttpMethod.Post, Screen, Raw("{\"recipients\":[\"a@b.be\"]}"), "text/plain");
        yield return new HostileCase("screen json null", HttpMethod.Post, Screen, Raw("null"));
        yield return new HostileCase("screen truncated", HttpMethod.Post, Screen, Raw("{\"recipients\":["));
        yield return new HostileCase("screen GET", HttpMethod.Get, Screen, ContentType: null);
        yield return new HostileCase("admin ocmws create as worker", HttpMethod.Post, Ocmws, Raw("{\"id\":\"evil\"}"));
        yield return new HostileCase("admin ocmws create empty", HttpMethod.Post, Ocmws, Raw("{}"), Admin: true);
        yield return new HostileCase("admin ocmws create deep", HttpMethod.Post, Ocmws, Raw(string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000)), Admin: true);
        yield return new HostileCase("admin ocmws create wrong types", HttpMethod.Post, Ocmws, Raw("{\"id\":12,\"mailboxes\":\"x\"}"), Admin: true);
        yield return new HostileCase("admin ocmws create text plain", HttpMethod.Post, Ocmws, Raw("{}"), "text/plain", Admin: true);
        yield return new HostileCase("admin ocmws update traversal", HttpMethod.Put, Ocmws + "/..%2F..%2Fkluisbergen", Raw("{}"), Admin: true);
        yield return new HostileCase("admin ocmws update as worker", HttpMethod.Put, Ocmws + "/kluisbergen", Raw("{}"));
        yield return new HostileCase("admin ocmws end not a date", HttpMethod.Post, Ocmws + "/kluisbergen/end", Raw("{\"endedOn\":\"morgen\"}"), Admin: true);
        yield return new HostileCase("admin ocmws end as worker", HttpMethod.Post, Ocmws + "/kluisbergen/end", Raw("{\"endedOn\":\"2026-12-01\"}"));
        yield return new HostileCase("admin ocmws get script id", HttpMethod.Get, Ocmws + "/%3Cscript%3E", ContentType: null, Admin: true);
        yield return new HostileCase("admin ocmws DELETE", HttpMethod.Delete, Ocmws + "/kluisbergen", Admin: true);
        yield return new HostileCase("admin audit from not a date", HttpMethod.Get, "/api/admin/audit?from=gisteren", ContentType: null, Admin: true);
        yield return new HostileCase("admin audit as worker", HttpMethod.Get, "/api/admin/audit", ContentType: null);
        foreach (var c in VerificationCases())
        {
            yield return c;
        }
    }

    /// <summary>The verification archive goes only to an entry's own mailbox, exactly as stored; codes are six digits.</summary>
    private static IEnumerable<HostileCase> VerificationCases()
    {
        const string Send = "/api/admin/ocmws/kluisbergen/verifications";
        var confirm = $"/api/admin/verifications/{Guid.NewGuid()}/confirmation";
        yield return new HostileCase("admin verification send as worker", HttpMethod.Post, Send, Raw("{\"mailbox\":\"socialedienst@kluisbergen.be\"}"));
        yield return new HostileCase("admin verification send lookalike", HttpMethod.Post, Send, Raw("{\"mailbox\":\"socialedienst@kluisbergem.be\"}"), Admin: true);
        yield return new HostileCase("admin verification send header injection", HttpMethod.Post, Send, Raw("{\"mailbox\":\"socialedienst@kluisbergen.be\\r\\nBcc: x@evil.be\"}"), Admin: true);
        yield return new HostileCase("admin verification send display name", HttpMethod.Post, Send, Raw("{\"mailbox\":\"Sociale dienst <x@evil.be>\"}"), Admin: true);
        yield return new HostileCase("admin verification send wrong types", HttpMethod.Post, Send, Raw("{\"mailbox\":[\"socialedienst@kluisbergen.be\"]}"), Admin: true);
        yield return new HostileCase("admin verification send unknown ocmw", HttpMethod.Post, "/api/admin/ocmws/%3Cscript%3E/verifications", Raw("{\"mailbox\":\"socialedienst@kluisbergen.be\"}"), Admin: true);
        yield return new HostileCase("admin verification send text plain", HttpMethod.Post, Send, Raw("{\"mailbox\":\"socialedienst@kluisbergen.be\"}"), "text/plain", Admin: true);
        yield return new HostileCase("admin verification confirm as worker", HttpMethod.Post, confirm, Raw("{\"code\":\"123 456\"}"));
        yield return new HostileCase("admin verification confirm not a guid", HttpMethod.Post, "/api/admin/verifications/%3Cscript%3E/confirmation", Raw("{\"code\":\"123 456\"}"), Admin: true);
        yield return new HostileCase("admin verification confirm unknown", HttpMethod.Post, confirm, Raw("{\"code\":\"123 456\"}"), Admin: true);
        yield return new HostileCase("admin verification confirm code sql", HttpMethod.Post, confirm, Raw("{\"code\":\"1' OR 1=1--\"}"), Admin: true);
        yield return new HostileCase("admin verification confirm code 5000 digits", HttpMethod.Post, confirm, Raw("{\"code\":\"" + new string('1', 5000) + "\"}"), Admin: true);
        yield return new HostileCase("admin verification list as worker", HttpMethod.Get, "/api/admin/verifications", ContentType: null);
    }

    private static IEnumerable<HostileCase> DirectoryCases()
    {
        yield return new HostileCase("directory POST", HttpMethod.Post, "/api/directory", Encoding.UTF8.GetBytes("{}"));
        yield return new HostileCase("directory DELETE", HttpMethod.Delete, "/api/directory");
        yield return new HostileCase("directory traversal suffix", HttpMethod.Get, "/api/directory/..%2F..%2Fappsettings.json", ContentType: null);
        yield return new HostileCase("directory if-none-match 20k junk", HttpMethod.Get, "/api/directory", ContentType: null, Headers: new Dictionary<string, string> { ["If-None-Match"] = new string('"', 1) + new string('z', 20_000) }, Expect: HostileExpectation.Harmless);
        yield return new HostileCase("directory query junk", HttpMethod.Get, "/api/directory?ocmw=%3Cscript%3E&%00=1", ContentType: null, Expect: HostileExpectation.Harmless);
        yield return new HostileCase("directory body on GET", HttpMethod.Get, "/api/directory", Encoding.UTF8.GetBytes(new string('[', 10_000)), Expect: HostileExpectation.Harmless);
    }

    /// <summary>A property no request type has, on every JSON write endpoint: 400 <c>unknown_property</c>, never ignored.</summary>
    private static IEnumerable<HostileCase> UnknownPropertyCases()
    {
        const string Ocmws = "/api/admin/ocmws";
        foreach (var (at, name) in new[] { ("", "notes"), ("", "opmerking"), ("client", "birthDate"), ("client", "rijksregisternummer"), ("client.address", "country"), ("consent", "witness"), ("", "Recipient "), ("", "$type") })
        {
            var body = Referral.Valid();
            var parent = at.Length == 0 ? body : Locate(body, at + ".x").Parent;
            parent[name] = "Vandersmissen";
            yield return PostReferral($"referral unknown property {(at.Length == 0 ? "" : at + ".")}{name}", Json(body));
        }

        yield return PostReferral("referral unknown property null", Raw(Valid()[..^1] + ",\"notes\":null}"));
        yield return PostReferral("referral unknown property object", Raw(Valid()[..^1] + ",\"extra\":{\"a\":1}}"));
        yield return new HostileCase("withdraw unknown property", HttpMethod.Post, $"{Referrals}/{Guid.NewGuid()}/withdrawal", Raw("{\"reason\":\"verhuisd\"}"));
        yield return new HostileCase("check unknown property", HttpMethod.Post, Check, Raw("{\"recipients\":[\"socialedienst@kluisbergen.be\"],\"strict\":false}"));
        yield return new HostileCase("screen unknown property", HttpMethod.Post, "/api/recipients/screen", Raw("{\"recipients\":[\"socialedienst@kluisbergen.be\"],\"cc\":[]}"));
        var ocmw = Admin.AdminRequests.NewOcmw();
        ocmw["notes"] = "x";
        yield return new HostileCase("admin ocmws create unknown property", HttpMethod.Post, Ocmws, Json(ocmw), Admin: true);
        var update = Admin.AdminRequests.NewOcmw("kluisbergen");
        update["ocmwDpo"]!["phone"] = "x";
        yield return new HostileCase("admin ocmws update unknown property", HttpMethod.Put, Ocmws + "/kluisbergen", Json(update), Admin: true);
        yield return new HostileCase("admin verification send unknown property", HttpMethod.Post, Ocmws + "/kluisbergen/verifications", Raw("{\"mailbox\":\"socialedienst@kluisbergen.be\",\"cc\":\"x@y.be\"}"), Admin: true);
        yield return new HostileCase("admin verification confirm unknown property", HttpMethod.Post, $"/api/admin/verifications/{Guid.NewGuid()}/confirmation", Raw("{\"code\":\"123456\",\"skip\":true}"), Admin: true);
        yield return new HostileCase("admin ocmws end unknown property", HttpMethod.Post, Ocmws + "/kluisbergen/end", Raw("{\"endedOn\":\"2026-12-01\",\"force\":true}"), Admin: true);
    }

    /// <summary>The agreed mailbox with something around it: a referral names the bare mailbox only.</summary>
    private static IEnumerable<HostileCase> WrappedRecipientCases()
    {
        const string Mailbox = "socialedienst@kluisbergen.be";
        string[] wrapped =
        [
            $"\"{Referral.GivenName} {Referral.FamilyName} {Referral.Phone}\" <{Mailbox}>", $"<{Mailbox}>", $"mailto:{Mailbox}",
            $"{Mailbox}.", $"{Mailbox} ({Referral.FamilyName})", $"{Referral.FamilyName} <{Mailbox}>, {Mailbox}",
            $"=?utf-8?Q?Zo=C3=AB?= <{Mailbox}>", $"Undisclosed recipients:{Mailbox};", $"\"{Mailbox}\"",
        ];
        for (var i = 0; i < wrapped.Length; i++)
        {
            yield return PostReferral($"referral recipient wrapped {i}", Mutate("recipient", JsonValue.Create(wrapped[i])));
        }
    }

    public static string Valid() => Referral.Valid().ToJsonString();

    private static HostileCase PostReferral(string name, byte[] body, IReadOnlyDictionary<string, string>? headers = null) =>
        new(name, HttpMethod.Post, Referrals, body, Headers: headers);

    private static byte[] Raw(string json) => Encoding.UTF8.GetBytes(json);

    private static byte[] Json(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private static byte[] Bytes(string json, string replace, byte[] with)
    {
        var at = json.IndexOf(replace, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(json[..at]), .. with, .. Encoding.UTF8.GetBytes(json[(at + replace.Length)..])];
    }

    private static byte[] Mutate(string path, JsonNode? value)
    {
        var body = Referral.Valid();
        var (parent, key) = Locate(body, path);
        parent[key] = value;
        return Json(body);
    }

    private static byte[] Remove(string path, byte[]? from = null)
    {
        var body = from is null ? Referral.Valid() : JsonNode.Parse(from)!.AsObject();
        var (parent, key) = Locate(body, path);
        parent.Remove(key);
        return Json(body);
    }

    private static (JsonObject Parent, string Key) Locate(JsonObject body, string path)
    {
        var parts = path.Split('.');
        var node = body;
        foreach (var part in parts[..^1])
        {
            node = node[part]!.AsObject();
        }

        return (node, parts[^1]);
    }
}
