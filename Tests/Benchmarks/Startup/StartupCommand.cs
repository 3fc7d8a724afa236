using System.Globalization;
using System.Net;
using System.Text;
using OutlookReferralAddin.Benchmarks.Load;

namespace OutlookReferralAddin.Benchmarks.Startup;

/// <summary>
/// <c>startup [rounds] [publish properties...]</c>: the published host (Release, SQLite, Development sign-in, pickup
/// mail) and an empty ASP.NET Core app, started in turns (neighbours on a shared machine hit both alike). Prints the
/// medians of: the empty app's <c>/healthz</c>, the host's <c>/healthz</c>, the host's first referral answered 201, all
/// from process start, and the two ratios (targets: first referral ≤ 3× the empty app, <c>/healthz</c> ≤ 2×).
/// Each host start is a restart on a database an untimed first start created, as after a deployment or a scale-out.
/// Extra arguments are passed to both publishes (e.g. <c>-p:PublishReadyToRun=true</c>) to measure a lever.
/// </summary>
internal static class StartupCommand
{
    public static int Run(string[] args) => RunAsync(
        args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5, args.Skip(1).ToArray()).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(int rounds, string[] properties)
    {
        var inv = CultureInfo.InvariantCulture;
        var root = Directory.CreateTempSubdirectory("referral-startup-");
        var repository = Repository();
        Console.WriteLine($"publishing the host and an empty web app in {root.FullName} {string.Join(' ', properties)}");
        var hostDll = await StartupApps.PublishHostAsync(repository, Path.Combine(root.FullName, "host"), properties);
        var emptyDll = await StartupApps.PublishEmptyAppAsync(root.FullName, properties);
        var data = Path.Combine(root.FullName, "data");
        Directory.CreateDirectory(data);
        var hostSettings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Referrals"] = $"Data Source={Path.Combine(data, "referrals.db")}",
            ["Mail:Mode"] = "Pickup",
            ["Mail:PickupDirectory"] = Path.Combine(data, "outbox"),
        };

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await TimeHostAsync(http, hostDll, hostSettings, -1); // creates and migrates the database; not counted
        var empty = new List<double>();
        var healthz = new List<double>();
        var first = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            empty.Add(await TimeEmptyAsync(http, emptyDll));
            var (h, f) = await TimeHostAsync(http, hostDll, hostSettings, round);
            healthz.Add(h);
            first.Add(f);
            Console.WriteLine(string.Create(inv, $"round {round + 1}: empty /healthz {empty[^1]:F3} s, host /healthz {h:F3} s, first referral {f:F3} s"));
        }

        var (e, hz, fr) = (Median(empty), Median(healthz), Median(first));
        Console.WriteLine(string.Create(inv, $"startup_empty_healthz_s={e:F3}"));
        Console.WriteLine(string.Create(inv, $"startup_host_healthz_s={hz:F3}"));
        Console.WriteLine(string.Create(inv, $"startup_host_first_referral_s={fr:F3}"));
        Console.WriteLine(string.Create(inv, $"startup_healthz_ratio={hz / e:F2} (target <= 2)"));
        Console.WriteLine(string.Create(inv, $"startup_first_referral_ratio={fr / e:F2} (target <= 3)"));
        try
        {
            root.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held by an exiting process: the temp folder is cleaned by the OS.
        }

        return 0;
    }

    private static async Task<double> TimeEmptyAsync(HttpClient http, string dll)
    {
        var (process, address, clock) = StartupApps.Start(dll, new Dictionary<string, string>());
        try
        {
            return (await StartupApps.WaitHealthyAsync(http, address, "/healthz", process, clock)).TotalSeconds;
        }
        finally
        {
            await StartupApps.StopAsync(process);
        }
    }

    private static async Task<(double Healthz, double FirstReferral)> TimeHostAsync(
        HttpClient http, string dll, Dictionary<string, string> settings, int round)
    {
        var (process, address, clock) = StartupApps.Start(dll, settings);
        try
        {
            var healthy = await StartupApps.WaitHealthyAsync(http, address, "/healthz", process, clock);
            var body = LoadClient.Create(1000 + round).Body(DateOnly.FromDateTime(DateTime.UtcNow)).ToJsonString();
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, "/api/referrals"))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            // A worker per round: the per-worker rate limit must not count against a later round.
            request.Headers.Add("X-Dev-User", $"start{round + 2}@opgroeien.be");
            using var response = await http.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"first referral answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            return (healthy.TotalSeconds, clock.Elapsed.TotalSeconds);
        }
        finally
        {
            await StartupApps.StopAsync(process);
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookReferralAddin.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OutlookReferralAddin.sln not found above the benchmark.");
    }
}
