using System.Net;
using System.Text.Json.Nodes;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Infrastructure;

/// <summary>
/// An operator edits appsettings.json beside a running host (its own content root, the database in the default App_Data):
/// the host goes on with the settings it was started and checked with, and the edit takes effect at the next start.
/// </summary>
public sealed class SettingsReadOnceTests
{
    private const string PendingLine = "recorded as pending";

    [Fact]
    public async Task Arguments_AppsettingsEditedWhileRunning_TakesEffectOnlyAtTheNextStart()
    {
        var root = System.IO.Directory.CreateTempSubdirectory("settings-once-");
        try
        {
            var project = Path.Combine(HostProcess.RepositoryRoot(), "AddinHost");
            foreach (var name in new[] { "appsettings.json", "appsettings.Development.json" })
            {
                File.Copy(Path.Combine(project, name), Path.Combine(root.FullName, name));
            }

            // No database or pickup setting: the defaults, App_Data/referrals.db and App_Data/outbox under the content root.
            // HostProcess keeps the default log level at Warning, so the product's "recorded as pending" line is not written.
            var settings = new Dictionary<string, string>();
            await using (var host = await HostProcess.StartAsync(settings, contentRoot: root.FullName))
            {
                using var worker = Worker(host);
                await SendAsync(worker, Referral.Valid("kluisbergen", "socialedienst@kluisbergen.be"));
                Assert.DoesNotContain(PendingLine, host.Output, StringComparison.Ordinal);

                await EditLogLevelAsync(root.FullName, "OutlookReferralAddin", "Information");
                // Longer than ASP.NET Core's reload (a file watcher event, then 250 ms) takes when it is on.
                await Task.Delay(TimeSpan.FromSeconds(3));
                await SendAsync(worker, Referral.Valid("tessenderlo-ham", "socialedienst@tessenderlo-ham.be"));

                Assert.DoesNotContain(PendingLine, host.Output, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(root.FullName, "App_Data", "referrals.db")), "the database is not in the content root's App_Data");
            }

            await using (var restarted = await HostProcess.StartAsync(settings, contentRoot: root.FullName))
            {
                using var worker = Worker(restarted);
                await SendAsync(worker, Referral.Again(Referral.Valid("kluisbergen", "socialedienst@kluisbergen.be")));

                Assert.Contains(PendingLine, restarted.Output, StringComparison.Ordinal);
            }
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static async Task EditLogLevelAsync(string contentRoot, string category, string level)
    {
        var path = Path.Combine(contentRoot, "appsettings.json");
        var settings = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        settings["Logging"]!["LogLevel"]![category] = level;
        await File.WriteAllTextAsync(path, settings.ToJsonString());
    }

    private static async Task SendAsync(HttpClient worker, JsonObject referral)
    {
        using var response = await Referral.PostAsync(worker, referral);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static HttpClient Worker(HostProcess host)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Dev-User", "instellingen@opgroeien.be");
        return client;
    }
}
