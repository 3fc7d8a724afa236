namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>Configuration section <c>Startup</c>.</summary>
public sealed class StartupOptions
{
    public const string Section = "Startup";

    /// <summary>
    /// Rehearse a referral right after start (<see cref="StartupRehearsal"/>) so the first worker after a restart does not
    /// wait for the host's first use of its parts. Off only where many short-lived hosts start, as in the tests.
    /// </summary>
    public bool Rehearse { get; set; } = true;
}
