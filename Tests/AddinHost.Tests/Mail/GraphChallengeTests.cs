using System.Text;
using OutlookReferralAddin.AddinHost.Mail;

namespace OutlookReferralAddin.AddinHost.Tests.Mail;

public sealed class GraphChallengeTests
{
    [Fact]
    public void Build_NoClaims_AsksForTheScopes() =>
        Assert.Equal("Bearer error=\"insufficient_scope\", scope=\"Mail.Send\"", GraphChallenge.Build(null, ["Mail.Send"]));

    [Fact]
    public void Build_ClaimsChallenge_PassesThemBase64Encoded()
    {
        const string claims = """{"access_token":{"acrs":{"essential":true,"value":"c1"}}}""";

        var header = GraphChallenge.Build(claims, ["Mail.Send"]);

        Assert.StartsWith("Bearer error=\"insufficient_claims\", claims=\"", header, StringComparison.Ordinal);
        var encoded = header.Split("claims=\"")[1].TrimEnd('"');
        Assert.Equal(claims, Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
    }
}
