using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OutlookReferralAddin.Benchmarks.Startup;

/// <summary>
/// The two published apps the startup benchmark starts: the host (Release) and an empty ASP.NET Core app made by
/// <c>dotnet new web</c> with one <c>/healthz</c>, both built in a temp folder at run time so the comparison is always
/// against the installed SDK's own baseline.
/// </summary>
internal static class StartupApps
{
    public static async Task<string> PublishHostAsync(string repository, string output, IEnumerable<string> properties)
    {
        await RunAsync("dotnet", ["publish", Path.Combine(repository, "AddinHost", "AddinHost.csproj"), "-c", "Release", "-o", output, "--nologo", "-v", "q", .. properties], repository);
        return Path.Combine(output, "OutlookReferralAddin.AddinHost.dll");
    }

    public static async Task<string> PublishEmptyAppAsync(string directory, IEnumerable<string> properties)
    {
        var project = Path.Combine(directory, "empty");
        await RunAsync("dotnet", ["new", "web", "-o", project, "-n", "EmptyWeb", "--force"], directory);
        var program = Path.Combine(project, "Program.cs");
        var code = await File.ReadAllTextAsync(program);
        await File.WriteAllTextAsync(program, code.Replace("app.Run();", "app.MapGet(\"/healthz\", () => \"Healthy\");\napp.Run();", StringComparison.Ordinal));
        var output = Path.Combine(directory, "empty-publish");
        await RunAsync("dotnet", ["publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "q", .. properties], directory);
        return Path.Combine(output, "EmptyWeb.dll");
    }

    /// <summary>Starts <paramref name="dll"/> on a free loopback port; the caller times from the returned stopwatch.</summary>
    public static (Process Process, Uri BaseAddress, Stopwatch Clock) Start(string dll, IDictionary<string, string> environment)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, new Uri($"http://127.0.0.1:{port}"), clock);
    }

    /// <summary>Polls every 10 ms until <paramref name="path"/> answers 200; the elapsed time on <paramref name="clock"/>.</summary>
    public static async Task<TimeSpan> WaitHealthyAsync(HttpClient http, Uri baseAddress, string path, Process process, Stopwatch clock)
    {
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.StartInfo.ArgumentList[0]} exited with {process.ExitCode}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(baseAddress, path));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return clock.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"{path} did not answer 200 within 120 s");
    }

    public static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string[] args, string directory)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed:\n{await stdout}{await stderr}");
        }
    }
}
