using System.Text.Json;
using Microsoft.Playwright;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>Test data the browser tests share.</summary>
internal static class BrowserData
{
    /// <summary>The zone the host and the pages count days and times in (BrusselsClock, ui/dates).</summary>
    public static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>
    /// Today as the host and the pages count it (Brussels), in <paramref name="format"/>: not this machine's day, which in
    /// UTC is still yesterday for the first hour or two after midnight in Belgium.
    /// </summary>
    public static string BrusselsToday(string format) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Brussels).ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A KBO number with valid check digits (97 - first eight digits mod 97), written 0###.###.###.</summary>
    public static string Kbo(int firstEight)
    {
        var digits = $"{firstEight:D8}{97 - (firstEight % 97):D2}";
        return $"{digits[..4]}.{digits[4..7]}.{digits[7..]}";
    }

    /// <summary>
    /// Proposes a new protocol through the API as <paramref name="user"/> (the form has its own tests); returns the HTTP
    /// status. The shared host keeps proposals pending, so each caller uses its own id, KBO number and postcode.
    /// </summary>
    public static Task<int> ProposeAsync(IPage page, string user, string id, string name, string kbo, string postcode)
    {
        var place = name["OCMW ".Length..];
        var domain = $"{id}.be";
        var body = JsonSerializer.Serialize(new
        {
            id, name, kboNumber = kbo, address = $"Markt 1, {postcode} {place}", referringTeam = "Kind en Gezin Westhoek",
            mailboxes = new[] { $"socialedienst@{domain}" }, domains = new[] { domain }, postalCodes = new[] { postcode },
            teamGroupIds = new[] { "6b0c3f4e-5d1a-4c2b-9e8f-000000009690" }, signedOn = "2026-10-15", inForceFrom = "2026-11-01", noticeMonths = 3,
            opgroeienDpo = new { organisation = "Opgroeien regie", email = "dpo@opgroeien.be" },
            ocmwDpo = new { organisation = name, email = $"privacy@{domain}" }, socialServicePhone = "057 40 01 10", confirmWarnings = true,
        });
        return page.EvaluateAsync<int>(
            "async ([user, body]) => (await fetch('/api/admin/ocmws', { method: 'POST', body, headers: { 'Content-Type': 'application/json', 'X-Dev-User': user, 'X-Dev-Roles': 'Referral.Admin' } })).status",
            new[] { user, body });
    }

    /// <summary>
    /// The words inside <paramref name="scope"/> that the browser split across two lines. A text node ends at each
    /// &lt;wbr&gt;, so a break there is no split word; one inside a word shows as a word with two line boxes. A hyphen is
    /// the word's own seam ("Langemark-|Poelkapelle"): the parts on either side count as words.
    /// </summary>
    public static async Task<string[]> SplitWordsAsync(ILocator scope) =>
        JsonSerializer.Deserialize<string[]>(await scope.EvaluateAsync<string>("""
            root => {
              const split = [];
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const m of node.data.matchAll(/[^\s-]+-?/g)) {
                  const range = document.createRange();
                  range.setStart(node, m.index);
                  range.setEnd(node, m.index + m[0].length);
                  const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                  if (tops.size > 1) split.push(m[0]);
                }
              }
              return JSON.stringify(split);
            }
            """))!;
}
