using OutlookReferralAddin.AddinHost.Referrals.History;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Tests.Referrals.History;

public sealed class ReferralHistoryTests
{
    [Theory]
    [InlineData(ReferralStatus.Pending, ReferralEventKind.Recorded)]
    [InlineData(ReferralStatus.Sent, ReferralEventKind.Recorded, ReferralEventKind.Sent)]
    [InlineData(ReferralStatus.Sent, ReferralEventKind.Recorded, ReferralEventKind.Sent, ReferralEventKind.PassphraseDelivered, ReferralEventKind.IncidentReported)]
    [InlineData(ReferralStatus.Failed, ReferralEventKind.Recorded, ReferralEventKind.Failed)]
    [InlineData(ReferralStatus.Unknown, ReferralEventKind.Recorded, ReferralEventKind.OutcomeUnknown)]
    [InlineData(ReferralStatus.Withdrawn, ReferralEventKind.Recorded, ReferralEventKind.Sent, ReferralEventKind.Withdrawn, ReferralEventKind.WithdrawalNoticeFailed)]
    [InlineData(ReferralStatus.Withdrawn, ReferralEventKind.Recorded, ReferralEventKind.Withdrawn, ReferralEventKind.Sent)]
    public void Derive_Events_GivesStatus(ReferralStatus expected, params ReferralEventKind[] events) =>
        Assert.Equal(expected, ReferralHistory.Derive(events));

    [Fact]
    public void Derive_NoEvents_IsPending() => Assert.Equal(ReferralStatus.Pending, ReferralHistory.Derive([]));
}
