using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Proxy;

/// <summary>
/// Debian's nginx terminating TLS on 127.0.0.1 in front of a host, as a deployment runs it: a certificate made here for
/// <see cref="HostName"/> and 127.0.0.1, <c>X-Forwarded-For</c> appended (<c>$proxy_add_x_forwarded_for</c>, so a value a
/// client sent itself stays in the list), <c>X-Forwarded-Proto</c> and <c>X-Forwarded-Host</c> set. It runs in the
/// foreground with its own prefix, temp folders and logs, as <c>nobody</c> when the tests run as root.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";
    public const string HostName = "verwijzen.test";

    private readonly Process _process;
    private readonly DirectoryInfo _prefix;
    private readonly StringBuilder _output = new();

    private NginxProxy(Process process, DirectoryInfo prefix, int port, X509Certificate2 certificate)
    {
        _process = process;
        _prefix = prefix;
        Port = port;
        Certificate = certificate;
    }

    public int Port { get; }

    public X509Certificate2 Certificate { get; }

    /// <summary>The origin a browser sees: <c>https://verwijzen.test:&lt;port&gt;</c>.</summary>
    public string Origin => $"https://{HostName}:{Port}";

    public string Log => $"{_output}\n{Read("error.log")}\n{Read("access.log")}";

    public static async Task<NginxProxy> StartAsync(Uri upstream)
    {
        Assert.True(File.Exists(Binary), $"nginx is missing at {Binary}: install it with `apt-get install -y nginx` (Tests/run.sh does).");
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The reverse-proxy tests run Debian's nginx.");
        }

        var prefix = System.IO.Directory.CreateTempSubdirectory("referral-nginx-");
        var root = Environment.UserName == "root";
        // nobody must reach its files when the tests run as root; the key is a throw-away test key.
        File.SetUnixFileMode(prefix.FullName, (UnixFileMode)0b111_101_101);
        foreach (var temp in new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            System.IO.Directory.CreateDirectory(Path.Combine(prefix.FullName, temp), (UnixFileMode)0b111_111_111);
        }

        var certificate = CreateCertificate();
        await File.WriteAllTextAsync(Path.Combine(prefix.FullName, "cert.pem"), certificate.ExportCertificatePem());
        using (var key = certificate.GetRSAPrivateKey()!)
        {
            await File.WriteAllTextAsync(Path.Combine(prefix.FullName, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        }

        foreach (var log in new[] { "error.log", "access.log", "nginx.pid" })
        {
            await File.WriteAllTextAsync(Path.Combine(prefix.FullName, log), "");
            File.SetUnixFileMode(Path.Combine(prefix.FullName, log), (UnixFileMode)0b110_110_110);
        }

        var port = HostProcess.FreePort();
        var config = Path.Combine(prefix.FullName, "nginx.conf");
        await File.WriteAllTextAsync(config, Config(prefix.FullName, port, upstream));

        var start = new ProcessStartInfo(root ? "/usr/bin/setpriv" : Binary) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (root)
        {
            foreach (var arg in new[] { "--reuid=nobody", "--regid=nogroup", "--clear-groups", Binary })
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in new[] { "-p", prefix.FullName + "/", "-c", config, "-e", "stderr" })
        {
            start.ArgumentList.Add(arg);
        }

        var proxy = new NginxProxy(Process.Start(start)!, prefix, port, certificate);
        proxy._process.OutputDataReceived += (_, e) => proxy.Append(e.Data);
        proxy._process.ErrorDataReceived += (_, e) => proxy.Append(e.Data);
        proxy._process.BeginOutputReadLine();
        proxy._process.BeginErrorReadLine();
        await proxy.WaitUntilListeningAsync();
        return proxy;
    }

    /// <summary>
    /// A client whose connections come from <paramref name="source"/> (any 127.x address is loopback on Linux), to
    /// <c>https://{host}:{port}</c> on this proxy, trusting exactly the test certificate.
    /// </summary>
    public HttpClient Client(IPAddress source, string host = HostName) =>
        Clients.Create(source, new Uri($"https://{host}:{Port}"), Port, Certificate.Thumbprint);

    private static string Config(string prefix, int port, Uri upstream) => string.Create(CultureInfo.InvariantCulture, $$"""
        daemon off;
        master_process off;
        worker_processes 1;
        pid {{prefix}}/nginx.pid;
        error_log stderr warn;
        events { worker_connections 512; }
        http {
          access_log {{prefix}}/access.log;
          client_body_temp_path {{prefix}}/client_body;
          proxy_temp_path {{prefix}}/proxy;
          fastcgi_temp_path {{prefix}}/fastcgi;
          uwsgi_temp_path {{prefix}}/uwsgi;
          scgi_temp_path {{prefix}}/scgi;
          server {
            listen 127.0.0.1:{{port}} ssl;
            server_name {{HostName}};
            ssl_certificate {{prefix}}/cert.pem;
            ssl_certificate_key {{prefix}}/key.pem;
            location / {
              proxy_pass http://127.0.0.1:{{upstream.Port}};
              proxy_http_version 1.1;
              proxy_set_header Connection "";
              proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
              proxy_set_header X-Forwarded-Proto $scheme;
              proxy_set_header X-Forwarded-Host $http_host;
            }
          }
        }
        """);

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={HostName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName(HostName);
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(2));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null, X509KeyStorageFlags.Exportable);
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            Assert.False(_process.HasExited, $"nginx exited: {Log}");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        Assert.Fail($"nginx did not listen within 10 s: {Log}");
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private string Read(string file)
    {
        try
        {
            return File.ReadAllText(Path.Combine(_prefix.FullName, file));
        }
        catch (IOException)
        {
            return "";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        Certificate.Dispose();
        _prefix.Delete(recursive: true);
    }
}

/// <summary>HTTP clients that connect from a chosen loopback address, so tests can be several clients at once.</summary>
public static class Clients
{
    public static HttpClient Create(IPAddress source, Uri baseAddress, int port, string? pinnedThumbprint = null)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        };
        if (pinnedThumbprint is not null)
        {
            handler.SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is X509Certificate2 c && string.Equals(c.Thumbprint, pinnedThumbprint, StringComparison.Ordinal),
            };
        }

        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }
}
