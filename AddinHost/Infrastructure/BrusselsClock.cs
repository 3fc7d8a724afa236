namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>"Today" as the workers and the protocols mean it: the calendar date in Belgium, not in UTC.</summary>
internal sealed class BrusselsClock(TimeProvider time)
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public DateTimeOffset UtcNow => time.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Brussels).DateTime);
}
