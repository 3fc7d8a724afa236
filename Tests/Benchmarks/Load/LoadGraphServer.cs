using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutlookReferralAddin.Benchmarks.Load;

/// <summary>A fake Graph <c>/v1.0/me/sendMail</c> on 127.0.0.1: accepts every mail and keeps its marker, subject and body.</summary>
internal sealed class LoadGraphServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoadGraphServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string Origin { get; private set; } = "";

    /// <summary>One entry per accepted mail: (marker header value, subject + body text).</summary>
    public ConcurrentQueue<(string Marker, string Text)> Mails { get; } = new();

    public static async Task<LoadGraphServer> StartAsync()
    {
        // No configuration reload: its watcher would follow every folder under the working directory (the repository's
        // node_modules included, some 2,000) and wake for every file written there during the run.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoadGraphServer(app);
        app.MapPost("/v1.0/me/sendMail", async (HttpContext context) =>
        {
            var json = await JsonNode.ParseAsync(context.Request.Body);
            var message = json?["Message"] ?? json?["message"];
            var marker = (string?)message?["internetMessageHeaders"]?[0]?["value"] ?? "";
            server.Mails.Enqueue((marker, $"{(string?)message?["subject"]}\n{(string?)message?["body"]?["content"]}"));
            return Results.StatusCode(202);
        });
        // Also an OTLP/HTTP sink, for the run with telemetry export on: accepts and drops traces and metrics.
        app.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        server.Origin = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        server.BaseUrl = server.Origin + "/v1.0";
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
