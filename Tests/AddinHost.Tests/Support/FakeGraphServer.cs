using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutlookReferralAddin.AddinHost.Tests.Support;

/// <summary>One scripted answer of the fake Graph server.</summary>
public sealed record GraphAnswer(int Status, int? RetryAfterSeconds = null, TimeSpan? Delay = null, bool Drop = false)
{
    public static GraphAnswer Accepted { get; } = new(202);
}

/// <summary>A request the fake Graph server received.</summary>
public sealed record GraphRequest(string Path, string? Authorization, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;
}

/// <summary>
/// A tiny Kestrel app on 127.0.0.1 (random port) standing in for Graph's <c>/v1.0/me/sendMail</c>: records every
/// request and answers from a script (429 with Retry-After, 503, slow, dropped connection), then 202.
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<GraphAnswer> _script = new();
    private readonly ConcurrentQueue<GraphRequest> _requests = new();

    private FakeGraphServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<GraphRequest> Requests => [.. _requests];

    /// <summary>Requests that Graph accepted (answered 202): the mails that were really sent.</summary>
    public int AcceptedCount { get; private set; }

    /// <summary>Runs as each request arrives, before it is answered: a test's look at the host in the middle of a send.</summary>
    public Action? Receiving { get; set; }

    /// <summary>Answers used when the script is empty.</summary>
    public GraphAnswer Default { get; set; } = GraphAnswer.Accepted;

    public static async Task<FakeGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeGraphServer(app);
        app.MapPost("/v1.0/me/sendMail", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = address.TrimEnd('/') + "/v1.0";
        return server;
    }

    public void Enqueue(params GraphAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        Receiving?.Invoke();
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        _requests.Enqueue(new GraphRequest(context.Request.Path, context.Request.Headers.Authorization.ToString(), body));
        var answer = _script.TryDequeue(out var next) ? next : Default;
        if (answer.Delay is { } delay)
        {
            await Task.Delay(delay, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        if (answer.Drop)
        {
            context.Abort();
            return;
        }

        if (answer.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (answer.Status == 202)
        {
            AcceptedCount++;
            context.Response.StatusCode = 202;
            return;
        }

        context.Response.StatusCode = answer.Status;
        await context.Response.WriteAsJsonAsync(new { error = new { code = "fake", message = "scripted failure" } });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
