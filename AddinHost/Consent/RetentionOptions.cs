using System.ComponentModel.DataAnnotations;

namespace OutlookReferralAddin.AddinHost.Consent;

/// <summary>Configuration section <c>Retention</c>.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Consent records older than this are deleted (default two years).</summary>
    [Range(1, 3650)]
    public int Days { get; set; } = 730;

    /// <summary>How often the purge runs; it also wipes expired passphrase copies, so keep it short.</summary>
    [Range(1, 1440)]
    public int IntervalMinutes { get; set; } = 1;

    /// <summary>Off when the purge runs elsewhere (one instance of several, or a scheduled job).</summary>
    public bool RunInBackground { get; set; } = true;
}
