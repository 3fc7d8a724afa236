using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutlookReferralAddin.AddinHost.Tests.Browser;
using OutlookReferralAddin.AddinHost.Tests.Manifest;

namespace OutlookReferralAddin.AddinHost.Tests.Telemetry;

/// <summary>
/// An OTLP/HTTP collector stand-in on 127.0.0.1: keeps each protobuf body posted to <c>/v1/traces</c> and
/// <c>/v1/metrics</c> as a file, and decodes them with the protobufjs code that the npm package
/// <c>@opentelemetry/otlp-transformer</c> generated from the OTLP <c>.proto</c> files (<c>Support/node/otlp-decode.cjs</c>).
/// </summary>
internal sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DirectoryInfo _bodies = System.IO.Directory.CreateTempSubdirectory("otlp-");
    private readonly ConcurrentQueue<(string Signal, string File)> _received = new();
    private int _count;

    private OtlpReceiver(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = "";

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/{signal}", receiver.ReceiveAsync);
        await app.StartAsync();
        receiver.Endpoint = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return receiver;
    }

    /// <summary>Every body received for <paramref name="signal"/> (<c>traces</c>, <c>metrics</c>) as OTLP JSON, one per line.</summary>
    public async Task<string> DecodeAsync(string signal)
    {
        var files = _received.Where(r => r.Signal == signal).Select(r => r.File).ToList();
        if (files.Count == 0)
        {
            return "";
        }

        await NodeRunner.EnsurePackagesAsync(RealOfficeJs.NodeDirectory, "@opentelemetry/otlp-transformer");
        var (exit, output) = await NodeRunner.RunAsync(
            NodeRunner.Require("node"), ["otlp-decode.cjs", signal, .. files], RealOfficeJs.NodeDirectory, TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, $"otlp-decode.cjs failed: {output}");
        return output;
    }

    private async Task<IResult> ReceiveAsync(string signal, HttpRequest request)
    {
        Assert.Equal("application/x-protobuf", request.ContentType);
        var file = Path.Combine(_bodies.FullName, $"{signal}-{Interlocked.Increment(ref _count)}.pb");
        await using (var stream = File.Create(file))
        {
            await request.Body.CopyToAsync(stream);
        }

        _received.Enqueue((signal, file));
        // An empty Export*ServiceResponse: everything accepted.
        return Results.Bytes([], "application/x-protobuf");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _bodies.Delete(recursive: true);
    }
}
