namespace OutlookReferralAddin.AddinHost.Storage;

/// <summary>The last reference number handed out in a year; incremented atomically with an upsert.</summary>
public sealed class ReferenceCounterEntity
{
    public int Year { get; set; }

    public int Value { get; set; }
}
