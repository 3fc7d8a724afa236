using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace OutlookReferralAddin.AddinHost.Mail;

/// <summary>
/// One HttpClient for Graph, built by <see cref="GraphClientFactory"/> with the SDK's default handlers
/// (redirect, compression), Kiota's retry handler replaced by <see cref="SafeGraphRetryHandler"/> (429/503 only),
/// and a bounded timeout over the whole send including retries.
/// </summary>
internal sealed class GraphHttpClient : IDisposable
{
    public GraphHttpClient(IOptions<GraphOptions> options)
    {
        var o = options.Value;
        var handlers = GraphClientFactory.CreateDefaultHandlers()
            .Select(h => h is RetryHandler
                ? new SafeGraphRetryHandler(o.MaxRetries, TimeSpan.FromSeconds(o.RetryDelaySeconds), TimeSpan.FromSeconds(o.TimeoutSeconds) / 2)
                : h)
            .ToList();
        Client = GraphClientFactory.Create(handlers);
        Client.Timeout = TimeSpan.FromSeconds(o.TimeoutSeconds);
    }

    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();
}
