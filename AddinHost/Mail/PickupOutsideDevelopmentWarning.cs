using Microsoft.Extensions.Options;

namespace OutlookReferralAddin.AddinHost.Mail;

/// <summary>
/// Pickup outside Development was allowed explicitly (<c>Mail:AllowPickupOutsideDevelopment=true</c>); every start says
/// so, because no referral written to the folder reaches an OCMW although the register calls it sent.
/// </summary>
internal sealed partial class PickupOutsideDevelopmentWarning(
    IOptions<MailOptions> options, IHostEnvironment environment, ILogger<PickupOutsideDevelopmentWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogPickup(logger, environment.EnvironmentName, options.Value.PickupDirectory);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail:Mode=Pickup in the {Environment} environment (Mail:AllowPickupOutsideDevelopment=true): "
        + "referrals are written to {PickupDirectory} and recorded as sent, no mail leaves this host")]
    private static partial void LogPickup(ILogger logger, string environment, string pickupDirectory);
}
