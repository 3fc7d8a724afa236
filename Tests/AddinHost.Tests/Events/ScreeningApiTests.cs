using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace OutlookReferralAddin.AddinHost.Tests.Events;

public sealed class ScreeningApiTests
{
    private const string Kluisbergen = "socialedienst@kluisbergen.be";
    private const string TessenderloHam = "socialedienst@tessenderlo-ham.be";
    private const string Lookalike = "socialedienst@kluisbergen-be.com";
    private const string Stranger = "jan.peeters@example.be";
    private static readonly Uri Screen = new("/api/recipients/screen", UriKind.Relative);

    [Fact]
    public async Task Screen_RealPolicy_GivesCoreVerdictsAndMarksAgreedMailboxesInForce()
    {
        // 15 January 2026: Kluisbergen's protocol is in force, Tessenderlo-Ham's only from 1 February.
        await using var factory = CreateFactory(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Screen, new { recipients = new[] { Kluisbergen, Lookalike, Stranger, TessenderloHam } });
        var results = (await response.Content.ReadFromJsonAsync<JsonObject>())!["results"]!.AsArray().ToDictionary(r => r!["address"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("allowed", true), Summary(results[Kluisbergen]!));
        Assert.Equal(("allowed", false), Summary(results[Stranger]!));
        Assert.NotEqual("allowed", results[Lookalike]!["verdict"]!.GetValue<string>());
        Assert.Equal(Kluisbergen, results[Lookalike]!["suggestion"]!.GetValue<string>());
        Assert.False(results[TessenderloHam]!["allowedMailbox"]!.GetValue<bool>());
        Assert.All(results.Values, r => Assert.False(string.IsNullOrWhiteSpace(r!["message"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Screen_Anything_LogsNoAddress()
    {
        var logs = new ConcurrentQueue<string>();
        await using var factory = CreateFactory(logs: logs);
        using var client = factory.CreateClient();

        using var ok = await client.PostAsJsonAsync(Screen, new { recipients = new[] { Stranger, Lookalike } });
        using var bad = await client.PostAsJsonAsync(Screen, new { recipients = new[] { Stranger, new string('x', 400) } });

        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, line => line.Contains("jan.peeters", StringComparison.OrdinalIgnoreCase) || line.Contains("kluisbergen", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("{}", "recipients", "recipients_required")]
    [InlineData("{\"recipients\":[]}", "recipients", "recipients_required")]
    [InlineData("{\"recipients\":[\"a@b.be\",\"  \"]}", "recipients[1]", "recipient_invalid")]
    public async Task Screen_BadInput_AnswersValidationProblemWithFieldCodes(string body, string field, string code)
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(Screen, new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation_failed", problem["code"]!.GetValue<string>());
        Assert.Equal(code, problem["fieldCodes"]![field]![0]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(problem["errors"]![field]![0]!.GetValue<string>()));
    }

    [Fact]
    public async Task Screen_MoreThanHundredAddresses_IsRefused()
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Screen, new { recipients = Enumerable.Range(0, 101).Select(i => $"a{i}@b.be") });
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("recipients_too_many", problem["fieldCodes"]!["recipients"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Screen_BodyOver16Kilobytes_Answers413(bool announceLength)
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();
        var body = "{\"recipients\":[\"" + new string('a', 17 * 1024) + "@b.be\"]}";
        using HttpContent content = announceLength
            ? new StringContent(body, Encoding.UTF8, "application/json")
            : new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));

        using var response = await client.PostAsync(Screen, content);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body_too_large", problem["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Screen_NotJson_AnswersProblem()
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(Screen, new StringContent("recipients=a@b.be", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_json", (await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Screen_OverThePermitsPerMinute_Answers429()
    {
        await using var factory = CreateFactory(permits: 2);
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsJsonAsync(Screen, new { recipients = new[] { "" } });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }

    private static (string Verdict, bool AllowedMailbox) Summary(JsonNode result) =>
        (result["verdict"]!.GetValue<string>(), result["allowedMailbox"]!.GetValue<bool>());

    private static WebApplicationFactory<Program> CreateFactory(DateTimeOffset? now = null, int permits = 1000, ConcurrentQueue<string>? logs = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Addin:ScreeningPermitsPerMinute", permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)));
                if (logs is not null)
                {
                    services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new ListLoggerProvider(logs)));
                }
            });
        });

    private sealed class ListLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception) + exception);

        public void Dispose()
        {
        }
    }
}
