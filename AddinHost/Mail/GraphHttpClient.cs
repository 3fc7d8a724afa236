using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace OutlookReferralAddin.AddinHost.Mail;

/// <summary>
/// One HttpClient for Graph, built by <see cref="GraphClientFactory"/> with the SDK's default handlers
/// (retry honouring Retry-After, redirect, compression), the retry handler tuned from <c>Graph:*</c>,
/// and a bounded timeout over the whole send including retries.
/// </summary>
internal sealed class GraphHttpClient : IDisposable
{
    public GraphHttpClient(IOptions<GraphOptions> options)
    {
        var o = options.Value;
        var handlers = GraphClientFactory.CreateDefaultHandlers()
            .Select(h => h is RetryHandler
                ? new RetryHandler(new RetryHandlerOption { MaxRetry = o.MaxRetries, Delay = o.RetryDelaySeconds })
                : h)
            .ToList();
        Client = GraphClientFactory.Create(handlers);
        Client.Timeout = TimeSpan.FromSeconds(o.TimeoutSeconds);
    }

    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();
}
