namespace OutlookReferralAddin.Core.Referrals;

/// <summary>Dates in the documents are Belgian local dates, whatever time zone the server runs in.</summary>
internal static class BrusselsTime
{
    // .NET maps the IANA id to the Windows zone on Windows; on Linux it reads tzdata.
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
