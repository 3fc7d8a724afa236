namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>"Today" as the workers and the protocols mean it: the calendar date in Belgium, not in UTC.</summary>
internal sealed class BrusselsClock(TimeProvider time)
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public DateTimeOffset UtcNow => time.GetUtcNow();

    /// <summary>An instant on the Belgian wall clock (for what people read: the register, its CSV).</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Brussels);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Brussels).DateTime);
}
