using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Infrastructure;

/// <summary>The README's run command: the host as a real process in Development, a referral, the .eml, 7-Zip.</summary>
public sealed class HostProcessTests
{
    [Fact]
    public async Task DotnetRun_Development_SendsReferralToPickupFolder()
    {
        var root = FindRepositoryRoot();
        var data = System.IO.Directory.CreateTempSubdirectory("referral-process-");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "run", "--project", "AddinHost", "--no-build", "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        // No environment variable for the environment: the launch profile the README relies on must set Development.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment["ConnectionStrings__Referrals"] = $"Data Source={Path.Combine(data.FullName, "referrals.db")}";
        start.Environment["Mail__PickupDirectory"] = Path.Combine(data.FullName, "outbox");
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilHealthyAsync(http, process, output);
            http.DefaultRequestHeaders.Add("X-Dev-User", "proces@opgroeien.be");

            using var response = await Referral.PostAsync(http, Referral.Valid("tessenderlo-ham", "socialedienst@tessenderlo-ham.be"));

            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            var body = await response.JsonAsync();
            var reference = body.GetProperty("reference").GetString()!;
            var eml = Assert.Single(Pickup.Files(Path.Combine(data.FullName, "outbox")));
            var (message, archive, name, _) = await Pickup.ReadAsync(eml);
            Assert.Equal($"doorverwijzing-{reference}.7z", name);
            Assert.Equal("socialedienst@tessenderlo-ham.be", message.To.Mailboxes.Single().Address);
            var files = await SevenZip.ExtractAsync(archive, body.GetProperty("passphrase").GetString()!);
            Assert.Contains(Referral.FamilyName, Encoding.UTF8.GetString(files["doorverwijzing.txt"]), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task DotnetRun_ProductionWithUnsafeSettings_ExitsNamingEveryKey()
    {
        var root = FindRepositoryRoot();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "run", "--project", "AddinHost", "--no-build", "--no-launch-profile", "--urls", $"http://127.0.0.1:{FreePort()}" })
        {
            start.ArgumentList.Add(arg);
        }

        // As an operator might deploy it: environment variables only, a multi-tenant authority and a plain-http Graph.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["AzureAd__TenantId"] = "organizations";
        start.Environment["AzureAd__ClientId"] = "22222222-2222-2222-2222-222222222222";
        start.Environment["Graph__BaseUrl"] = "http://graph.microsoft.com/v1.0";
        start.Environment["Security__AllowedOrigins__0"] = "null";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        var text = await output + await errors;
        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("The host refuses to start in the 'Production' environment", text, StringComparison.Ordinal);
        foreach (var key in new[] { "AzureAd:TenantId", "Privacy:PseudonymKey", "Graph:BaseUrl", "Addin:PublicUrl", "Security:AllowedOrigins:0" })
        {
            Assert.Contains(key, text, StringComparison.Ordinal);
        }
    }

    private static async Task WaitUntilHealthyAsync(HttpClient http, Process process, StringBuilder output)
    {
        for (var attempt = 0; attempt < 180; attempt++)
        {
            Assert.False(process.HasExited, $"the host exited: {output}");
            try
            {
                using var health = await http.GetAsync("/healthz");
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        Assert.Fail($"the host did not become healthy within 90 s: {output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookReferralAddin.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OutlookReferralAddin.sln not found above the test assembly.");
    }
}
