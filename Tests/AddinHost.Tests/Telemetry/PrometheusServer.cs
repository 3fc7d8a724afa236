using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Telemetry;

/// <summary>
/// Debian's <c>prometheus</c> on 127.0.0.1 with a throw-away configuration and database, scraping one target every
/// second. Missing binary: the test fails (Tests/run.sh installs the package), it never skips.
/// </summary>
internal sealed class PrometheusServer : IAsyncDisposable
{
    public const string Binary = "/usr/bin/prometheus";

    private readonly Process _process;
    private readonly DirectoryInfo _directory;
    private readonly StringBuilder _output = new();

    private PrometheusServer(Process process, DirectoryInfo directory, int port)
    {
        _process = process;
        _directory = directory;
        Api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public HttpClient Api { get; }

    public static async Task<PrometheusServer> StartAsync(int targetPort)
    {
        Assert.True(File.Exists(Binary), $"{Binary} is missing: apt-get install prometheus (Tests/run.sh does).");
        var directory = System.IO.Directory.CreateTempSubdirectory("prometheus-");
        var config = Path.Combine(directory.FullName, "prometheus.yml");
        await File.WriteAllTextAsync(config, $"""
            global:
              scrape_interval: 1s
              scrape_timeout: 900ms
            scrape_configs:
              - job_name: addinhost
                static_configs:
                  - targets: ['127.0.0.1:{targetPort}']
            """);
        var port = HostProcess.FreePort();
        var start = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            $"--config.file={config}", $"--storage.tsdb.path={Path.Combine(directory.FullName, "data")}",
            $"--web.listen-address=127.0.0.1:{port}",
        })
        {
            start.ArgumentList.Add(arg);
        }

        var server = new PrometheusServer(Process.Start(start)!, directory, port);
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        await server.WaitReadyAsync();
        return server;
    }

    /// <summary>An instant PromQL query through the HTTP API; the value of its single sample, or null while there is none.</summary>
    public async Task<double?> QueryScalarAsync(string promql)
    {
        using var response = await Api.GetAsync("/api/v1/query?query=" + Uri.EscapeDataString(promql));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"PromQL {promql}: {body}");
        using var json = JsonDocument.Parse(body);
        var result = json.RootElement.GetProperty("data").GetProperty("result");
        return result.GetArrayLength() == 0
            ? null
            : double.Parse(result[0].GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture);
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(_process.HasExited, $"prometheus exited: {Output}");
            try
            {
                using var ready = await Api.GetAsync("/-/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"prometheus not ready within 60 s: {Output}");
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _directory.Delete(recursive: true);
    }
}
