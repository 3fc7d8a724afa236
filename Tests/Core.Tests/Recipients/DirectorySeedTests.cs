using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.Core.Tests.Recipients;

public class DirectorySeedTests
{
    [Theory]
    [InlineData("kluisbergen", 2023, 12, 31, ProtocolStatus.NotYetInForce)]
    [InlineData("kluisbergen", 2024, 1, 1, ProtocolStatus.InForce)]
    [InlineData("tessenderlo-ham", 2026, 1, 31, ProtocolStatus.NotYetInForce)]
    [InlineData("tessenderlo-ham", 2026, 11, 24, ProtocolStatus.InForce)]
    public void StatusOn_SeededProtocol_FollowsInForceDate(string id, int year, int month, int day, ProtocolStatus expected)
    {
        var protocol = DirectorySeed.Protocols.Single(p => p.Id == id);

        Assert.Equal(expected, protocol.StatusOn(new DateOnly(year, month, day)));
    }

    [Fact]
    public void StatusOn_EndedProtocol_IsEndedFromTheEndDate()
    {
        var protocol = DirectorySeed.Protocols[0] with { EndedOn = new DateOnly(2026, 6, 30) };

        Assert.Equal(ProtocolStatus.InForce, protocol.StatusOn(new DateOnly(2026, 6, 29)));
        Assert.Equal(ProtocolStatus.Ended, protocol.StatusOn(new DateOnly(2026, 6, 30)));
    }
}
