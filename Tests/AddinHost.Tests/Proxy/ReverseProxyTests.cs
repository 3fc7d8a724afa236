using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Proxy;

/// <summary>
/// One host process (SQLite, Graph mail to the fake Graph) behind a real nginx terminating TLS, with
/// <c>Security:KnownProxies=127.0.0.1</c> (nginx connects from there) and a screening limit of
/// <see cref="ScreeningPermits"/> a minute. Every client gets its own loopback source address (127.0.0.2, .3, ...),
/// so each test is a different client of the limiter.
/// </summary>
public sealed class ReverseProxyFixture : IAsyncLifetime
{
    public const int ScreeningPermits = 4;

    public FakeGraphServer Graph { get; private set; } = null!;

    public HostProcess Host { get; private set; } = null!;

    public NginxProxy Nginx { get; private set; } = null!;

    private DirectoryInfo _data = null!;

    public async Task InitializeAsync()
    {
        _data = System.IO.Directory.CreateTempSubdirectory("referral-proxy-");
        Graph = await FakeGraphServer.StartAsync();
        Host = await HostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Referrals"] = $"Data Source={Path.Combine(_data.FullName, "referrals.db")}",
            ["Mail:Mode"] = "Graph",
            ["Graph:BaseUrl"] = Graph.BaseUrl,
            ["Graph:RetryDelaySeconds"] = "0",
            ["Security:KnownProxies:0"] = "127.0.0.1",
            // Host filtering and the forwarded host: the name the proxy serves, and the address it calls the host at.
            ["AllowedHosts"] = $"{NginxProxy.HostName};127.0.0.1",
            ["Addin:ScreeningPermitsPerMinute"] = ScreeningPermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Retention:RunInBackground"] = "false",
        });
        Nginx = await NginxProxy.StartAsync(Host.BaseAddress);
    }

    /// <summary>A client talking to the host itself, not through nginx (an attacker inside the network).</summary>
    public HttpClient Direct(IPAddress source) => Clients.Create(source, Host.BaseAddress, Host.Port);

    public async Task DisposeAsync()
    {
        await Nginx.DisposeAsync();
        await Host.DisposeAsync();
        await Graph.DisposeAsync();
        _data.Delete(recursive: true);
    }
}

public sealed class ReverseProxyTests(ReverseProxyFixture fixture) : IClassFixture<ReverseProxyFixture>
{
    private static readonly IPAddress ClientA = IPAddress.Parse("127.0.0.2");
    private static readonly IPAddress ClientB = IPAddress.Parse("127.0.0.3");
    private static readonly IPAddress Intruder = IPAddress.Parse("127.0.0.4");
    private static readonly IPAddress Worker = IPAddress.Parse("127.0.0.5");

    [Fact]
    public async Task TaskPane_ThroughNginx_LoadsOverHttpsWithItsScripts()
    {
        using var client = fixture.Nginx.Client(Worker);

        using var page = await client.GetAsync("/taskpane.html");
        var html = await page.Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/assets/[^\"]+\\.js)\"").Groups[1].Value;
        using var asset = await client.GetAsync(script);

        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode}: {fixture.Nginx.Log}");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("frame-ancestors", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.NotEmpty(script);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("text/javascript", asset.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TaskPane_ThroughNginxAtItsLoopbackAddress_Loads()
    {
        // https://127.0.0.1:<port> itself (the certificate names the address too).
        using var client = fixture.Nginx.Client(Worker, host: "127.0.0.1");

        using var page = await client.GetAsync("/taskpane.html");

        Assert.Equal($"https://127.0.0.1:{fixture.Nginx.Port}/", client.BaseAddress!.AbsoluteUri);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode}: {fixture.Nginx.Log}");
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CreateReferral_ThroughNginxFromTheTaskPaneOrigin_IsSentThroughGraph()
    {
        using var client = fixture.Nginx.Client(Worker);

        using var response = await PostReferralAsync(client, fixture.Nginx.Origin);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}\n{fixture.Host.Output}");
        var reference = (string)JsonNode.Parse(body)!["reference"]!;
        var mail = Assert.Single(fixture.Graph.Requests, r => r.Body.Contains(reference, StringComparison.Ordinal));
        var message = mail.Json["message"] ?? mail.Json["Message"];
        Assert.Equal("socialedienst@kluisbergen.be", (string?)message!["toRecipients"]![0]!["emailAddress"]!["address"]);
    }

    [Fact]
    public async Task Manifest_ThroughNginx_PointsAtTheHttpsOriginTheClientUsed()
    {
        using var client = fixture.Nginx.Client(Worker);

        var manifest = await client.GetStringAsync("/manifest.xml");

        Assert.Contains($"{fixture.Nginx.Origin}/taskpane.html", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain($"127.0.0.1:{fixture.Host.Port}", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_ThroughNginxWithAnUnlistedHost_KeepsTheProxysHost()
    {
        // The client names another host to nginx; X-Forwarded-Host then carries it, and it is not in AllowedHosts.
        using var client = fixture.Nginx.Client(Worker, host: "evil.example");

        var manifest = await client.GetStringAsync("/manifest.xml");

        Assert.DoesNotContain("evil.example", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screening_ThroughNginx_LimitsEachRealClientNotTheProxy()
    {
        using var a = fixture.Nginx.Client(ClientA);
        using var b = fixture.Nginx.Client(ClientB);

        // A rotates X-Forwarded-For itself: nginx appends the real address, the host takes the rightmost unknown one.
        var fromA = new List<HttpStatusCode>();
        for (var i = 0; i < ReverseProxyFixture.ScreeningPermits + 2; i++)
        {
            fromA.Add(await ScreenAsync(a, spoofedFor: $"203.0.113.{i + 1}"));
        }

        var fromB = await ScreenAsync(b, spoofedFor: null);

        Assert.Equal(
            [.. Enumerable.Repeat(HttpStatusCode.OK, ReverseProxyFixture.ScreeningPermits), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            fromA);
        Assert.Equal(HttpStatusCode.OK, fromB);
    }

    [Fact]
    public async Task DirectClient_SpoofedForwardedHeaders_ChangeNothing()
    {
        using var direct = fixture.Direct(Intruder);
        direct.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        direct.DefaultRequestHeaders.Add("X-Forwarded-Host", $"{NginxProxy.HostName}:{fixture.Nginx.Port}");
        var mailsBefore = fixture.Graph.Requests.Count;

        // The task pane's origin through nginx is https://verwijzen.test:<port>; claimed over plain http it is refused.
        using var referral = await PostReferralAsync(direct, fixture.Nginx.Origin);
        var manifest = await direct.GetStringAsync("/manifest.xml");
        var screening = new List<HttpStatusCode>();
        for (var i = 0; i < ReverseProxyFixture.ScreeningPermits + 1; i++)
        {
            screening.Add(await ScreenAsync(direct, spoofedFor: $"198.51.100.{i + 1}"));
        }

        Assert.Equal(HttpStatusCode.Forbidden, referral.StatusCode);
        Assert.Contains("origin_not_allowed", await referral.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(mailsBefore, fixture.Graph.Requests.Count);
        Assert.Contains($"http://127.0.0.1:{fixture.Host.Port}/taskpane.html", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain(NginxProxy.HostName, manifest, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, screening[^1]);
        Assert.Equal(ReverseProxyFixture.ScreeningPermits, screening.Count(s => s == HttpStatusCode.OK));
    }

    private static async Task<HttpResponseMessage> PostReferralAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals")
        {
            Content = new StringContent(Referral.Valid().ToJsonString(), Encoding.UTF8, "application/json"),
        };
        // What Chromium sends with the task pane's fetch: its own origin and the sign-in stand-in's user.
        request.Headers.Add("Origin", origin);
        request.Headers.Add("X-Dev-User", "proxy@opgroeien.be");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await client.SendAsync(request);
    }

    private static async Task<HttpStatusCode> ScreenAsync(HttpClient client, string? spoofedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/recipients/screen")
        {
            Content = new StringContent("""{"recipients":["socialedienst@kluisbergen.be"]}""", Encoding.UTF8, "application/json"),
        };
        if (spoofedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", spoofedFor);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
