using OutlookReferralAddin.Core.Consent;

namespace OutlookReferralAddin.Core.Tests.Consent;

public class ConsentStatementsTests
{
    [Fact]
    public void Versions_ContainCurrentVersion()
    {
        Assert.Contains(ConsentStatements.CurrentVersion, ConsentStatements.Versions);
        Assert.True(ConsentStatements.IsKnown(ConsentStatements.CurrentVersion));
        Assert.False(ConsentStatements.IsKnown("2026-11-v0"));
    }

    [Fact]
    public void Render_CurrentVersion_NamesDataRecipientPurposeContactAndWithdrawal()
    {
        var texts = ConsentStatements.Render(ConsentStatements.CurrentVersion, "OCMW Kluisbergen");

        Assert.Equal(ConsentStatements.CurrentVersion, texts.Version);
        foreach (var text in new[] { texts.Informed, texts.Consent })
        {
            Assert.Contains("sociale dienst van OCMW Kluisbergen", text, StringComparison.Ordinal);
            Assert.Contains("voornaam en naam, adres, telefoonnummer en e-mailadres", text, StringComparison.Ordinal);
            Assert.Contains("hulp en diensten kan aanbieden", text, StringComparison.Ordinal);
            Assert.Contains("contact", text, StringComparison.Ordinal);
            Assert.Contains("weigeren", text, StringComparison.Ordinal);
            Assert.Contains("intrekken", text, StringComparison.Ordinal);
            Assert.DoesNotContain("{ocmw}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_UnknownVersion_Throws()
    {
        Assert.Throws<ArgumentException>(() => ConsentStatements.Render("nope", "OCMW Kluisbergen"));
    }

    [Fact]
    public void RenderAll_GivesEveryVersionForTheOcmw()
    {
        var all = ConsentStatements.RenderAll("OCMW Tessenderlo-Ham");

        Assert.Equal(ConsentStatements.Versions, all.Select(t => t.Version));
        Assert.All(all, t => Assert.Contains("OCMW Tessenderlo-Ham", t.Consent, StringComparison.Ordinal));
    }
}
