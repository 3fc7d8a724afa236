using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Admin.Verifications;

/// <summary>The verification calls, and reading the code out of the archive as the OCMW does (real 7-Zip).</summary>
public static partial class Verification
{
    public const string Mailbox = "socialedienst@kluisbergen.be";

    public static Task<HttpResponseMessage> SendAsync(HttpClient admin, string ocmwId, string? mailbox) =>
        admin.PostAsJsonAsync(new Uri($"/api/admin/ocmws/{ocmwId}/verifications", UriKind.Relative), new { mailbox });

    public static Task<HttpResponseMessage> ConfirmAsync(HttpClient admin, Guid verificationId, string? code) =>
        admin.PostAsJsonAsync(new Uri($"/api/admin/verifications/{verificationId}/confirmation", UriKind.Relative), new { code });

    /// <summary>Sends an archive to the mailbox; returns the answer and the code read from the archive with 7-Zip.</summary>
    public static async Task<(Guid Id, string Reference, string Passphrase, string Code, string Eml)> SendAndOpenAsync(
        ReferralHost host, HttpClient admin, string ocmwId = "kluisbergen", string mailbox = Mailbox)
    {
        var before = Pickup.Files(host.PickupDirectory).ToHashSet();
        using var response = await SendAsync(admin, ocmwId, mailbox);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var reference = body.GetProperty("reference").GetString()!;
        var passphrase = body.GetProperty("passphrase").GetString()!;
        var eml = Assert.Single(Pickup.Files(host.PickupDirectory), f => !before.Contains(f));
        var (_, archive, _, _) = await Pickup.ReadAsync(eml);
        var files = await SevenZip.ExtractAsync(archive, passphrase);
        var text = Encoding.UTF8.GetString(files["verificatie.txt"]);
        var code = CodeLine().Match(text).Groups[1].Value;
        Assert.Matches(@"^\d{3} \d{3}$", code);
        return (body.GetProperty("verificationId").GetGuid(), reference, passphrase, code, eml);
    }

    /// <summary>
    /// The seed's mailboxes start unverified, as outside Development: the test host runs as Development, whose seed is
    /// marked verified so that referrals work at once.
    /// </summary>
    public static async Task ForgetSeedVerificationsAsync(this ReferralHost host)
    {
        await host.QueryAsync(db => db.MailboxVerifications.ExecuteDeleteAsync());
        host.Services.GetRequiredService<DirectoryStore>().Invalidate();
    }

    public static async Task<JsonElement> StateAsync(HttpClient admin, string mailbox = Mailbox)
    {
        using var response = await admin.GetAsync(new Uri("/api/admin/verifications", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync()).EnumerateArray().Single(s => s.GetProperty("mailbox").GetString() == mailbox);
    }

    /// <summary>A code that is not <paramref name="code"/>.</summary>
    public static string Wrong(string code, int n) =>
        string.Concat(code.Where(char.IsDigit).Select((c, i) => i == 5 ? (char)('0' + ((c - '0' + n) % 10)) : c));

    [GeneratedRegex(@"UW CODE: (\d{3} \d{3})")]
    private static partial Regex CodeLine();
}
