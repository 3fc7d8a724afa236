using System.Net.Http.Headers;
using System.Text.Json;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Hostile;

/// <summary>Every case of <see cref="HostileCorpus"/> is its own test: refused (4xx ProblemDetails) or harmless, never a 500, never a mail, never a record.</summary>
public sealed class HostileCorpusTests(HostileHostFixture fixture) : IClassFixture<HostileHostFixture>
{
    public static TheoryData<string> Cases => HostileCorpus.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Send_HostileRequest_IsRefusedOrHarmlessAndNothingIsSentOrStored(string name)
    {
        var hostile = HostileCorpus.Get(name);

        using var response = await SendAsync(hostile);

        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status < 500, $"{name}: {status} {text}");
        if (hostile.Expect == HostileExpectation.Refused || status >= 400)
        {
            Assert.True(status is >= 400 and < 500, $"{name}: expected a refusal, got {status} {text}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(text);
            Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        }
        else if (hostile.Path == "/api/recipients/check")
        {
            using var json = JsonDocument.Parse(text);
            Assert.All(json.RootElement.GetProperty("results").EnumerateArray(),
                r => Assert.NotEqual("allowed", r.GetProperty("verdict").GetString()));
        }

        Assert.Empty(fixture.Graph.Requests);
        Assert.Empty(Pickup.Files(fixture.Host.PickupDirectory));
        Assert.Equal((0, 0), await fixture.CountStoredAsync());
        Assert.Equal(2, await fixture.Host.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.OcmwProtocols)));
    }

    [Fact]
    public void Corpus_Size_IsAtLeast200AndCoversEveryEndpoint()
    {
        var cases = HostileCorpus.Cases().ToList();

        Assert.True(cases.Count >= 200, $"only {cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        foreach (var prefix in new[] { "/api/referrals", "/api/recipients/check", "/api/recipients/screen", "/api/admin/consents", "/api/admin/ocmws", "/api/admin/audit", "/api/admin/verifications", "/api/directory", "/api/consent/" })
        {
            Assert.Contains(cases, c => c.Path.StartsWith(prefix, StringComparison.Ordinal));
        }

        Assert.Contains(cases, c => c.Path.Contains("/withdrawal", StringComparison.Ordinal));
    }

    private Task<HttpResponseMessage> SendAsync(HostileCase hostile)
    {
        var request = new HttpRequestMessage(hostile.Method, hostile.Path);
        if (hostile.Body is not null)
        {
            request.Content = new ByteArrayContent(hostile.Body);
            if (hostile.ContentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(hostile.ContentType);
            }
        }

        foreach (var (key, value) in hostile.Headers ?? new Dictionary<string, string>())
        {
            Assert.True(request.Headers.TryAddWithoutValidation(key, value), key);
        }

        return (hostile.Admin ? fixture.Admin : fixture.Worker).SendAsync(request);
    }
}
