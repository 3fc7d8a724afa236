namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>Test data the browser tests share.</summary>
internal static class BrowserData
{
    /// <summary>A KBO number with valid check digits (97 - first eight digits mod 97), written 0###.###.###.</summary>
    public static string Kbo(int firstEight)
    {
        var digits = $"{firstEight:D8}{97 - (firstEight % 97):D2}";
        return $"{digits[..4]}.{digits[4..7]}.{digits[7..]}";
    }
}
