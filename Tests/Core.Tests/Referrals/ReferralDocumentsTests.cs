using System.Text;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.Core.Tests.Referrals;

public class ReferralDocumentsTests
{
    [Fact]
    public void Create_ReturnsTheThreeDocumentsStampedWithCreatedAt()
    {
        var entries = ReferralDocuments.Create(ReferralContexts.Create());

        Assert.Equal(["doorverwijzing.txt", "client.vcf", "doorverwijzing.json"], entries.Select(e => e.Name));
        Assert.All(entries, e => Assert.Equal(ReferralContexts.CreatedAt, e.LastWriteTime));
        Assert.All(entries, e => Assert.True(e.Content.Length > 100));
    }

    [Fact]
    public void Create_AllDocumentsAreStrictUtf8_OnlyTheTextHasABom()
    {
        var entries = ReferralDocuments.Create(ReferralContexts.Create());
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);

        foreach (var entry in entries)
        {
            var bytes = entry.Content.ToArray();
            var hasBom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
            Assert.Equal(entry.Name.EndsWith(".txt", StringComparison.Ordinal), hasBom);
            Assert.Contains("Anne-Sophie", strict.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Create_SameContext_GivesIdenticalBytes()
    {
        var first = ReferralDocuments.Create(ReferralContexts.Create());
        var second = ReferralDocuments.Create(ReferralContexts.Create());

        Assert.Equal(first.Select(e => e.Content.ToArray()), second.Select(e => e.Content.ToArray()));
    }

    [Fact]
    public void Create_NullContext_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ReferralDocuments.Create(null!));
    }
}
