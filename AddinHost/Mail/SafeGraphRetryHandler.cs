using System.Diagnostics;
using System.Net;
using OutlookReferralAddin.AddinHost.Telemetry;

namespace OutlookReferralAddin.AddinHost.Mail;

/// <summary>
/// Retries a Graph request only when Graph said it did nothing: 429 (throttled) and 503 (unavailable), honouring
/// Retry-After. Kiota's own retry handler also repeats 504, which may come after the mail left: a second mail.
/// A Retry-After longer than <paramref name="maxWait"/> is not waited out (the send would time out and look uncertain);
/// the 429 is returned and recorded as a plain failure.
/// </summary>
internal sealed class SafeGraphRetryHandler(int maxRetries, TimeSpan baseDelay, TimeSpan maxWait) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            // Buffered content can be sent again.
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        // One span and one duration over all attempts: what the worker waits for; each attempt is its own HTTP span below.
        using var activity = ReferralMetrics.Source.StartActivity("graph sendMail", ActivityKind.Internal);
        var started = Stopwatch.GetTimestamp();
        var status = 0;
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var response = await base.SendAsync(request, cancellationToken);
                status = (int)response.StatusCode;
                activity?.SetTag("ocmw.graph.attempts", attempt + 1);
                if (attempt >= maxRetries || response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
                {
                    return response;
                }

                var delay = RetryAfter(response) ?? baseDelay * Math.Pow(2, attempt);
                if (delay > maxWait)
                {
                    return response;
                }

                response.Dispose();
                ReferralMetrics.RecordGraphRetry(status);
                await Task.Delay(delay, cancellationToken);
            }
        }
        finally
        {
            activity?.SetTag("http.response.status_code", status);
            ReferralMetrics.RecordGraphSend(Stopwatch.GetElapsedTime(started), status);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - (response.Headers.Date ?? date),
        _ => null,
    };
}
