using System.Diagnostics;

namespace OutlookReferralAddin.AddinHost.Telemetry;

/// <summary>
/// What the ASP.NET Core and HttpClient instrumentation may not export. Query strings can carry what a worker typed
/// (a search by name), so they are removed, not redacted; a full URL is kept as scheme, host and path only. Bodies and
/// headers (the signed-in worker's token, <c>X-Dev-User</c>) are never recorded by the instrumentation.
/// </summary>
internal static class TelemetryPrivacy
{
    public static void Scrub(Activity activity)
    {
        activity.SetTag("url.query", null);
        if (activity.GetTagItem("url.full") is string full && Uri.TryCreate(full, UriKind.Absolute, out var uri))
        {
            activity.SetTag("url.full", uri.GetLeftPart(UriPartial.Path));
        }
    }
}
