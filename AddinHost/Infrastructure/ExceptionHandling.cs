using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>Last line of defence: a ProblemDetails with a code and the trace id, never the exception's text.</summary>
internal sealed partial class ExceptionHandling(IProblemDetailsService problems, ILogger<ExceptionHandling> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException { InnerException: System.Text.Json.JsonException json })
        {
            // A body bound by the framework (minimal API parameter): the same answer as the host's own reader gives.
            LogClientError(logger, exception.GetType().FullName ?? "?", 400, JsonBodyProblems.IsUnknownProperty(json) ? JsonBodyProblems.UnknownPropertyCode : JsonBodyProblems.InvalidJsonCode, httpContext.TraceIdentifier);
            await JsonBodyProblems.For(json).ExecuteAsync(httpContext);
            return true;
        }

        var (status, code, title) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "bad_request", "Het verzoek is ongeldig."),
            StorageUnavailableException => (503, "storage_unavailable", "De databank is niet beschikbaar. Er is niets verzonden."),
            _ => (500, "internal_error", "Er liep iets mis op de server."),
        };

        // Only the exception type: messages can carry values from the request. Errors are for the host's own faults;
        // a client's bad or oversized request (4xx) is worth a note, not an alert.
        if (status < 500)
        {
            LogClientError(logger, exception.GetType().FullName ?? "?", status, code, httpContext.TraceIdentifier);
        }
        else
        {
            LogUnhandled(logger, exception.GetType().FullName ?? "?", code, httpContext.TraceIdentifier);
        }

        httpContext.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Type = Problems.TypeFor(status) };
        problem.Extensions["code"] = code;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled {ExceptionType} answered with {Code} (trace {TraceId})")]
    private static partial void LogUnhandled(ILogger logger, string exceptionType, string code, string traceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Client request refused: {ExceptionType} answered with {Status} {Code} (trace {TraceId})")]
    private static partial void LogClientError(ILogger logger, string exceptionType, int status, string code, string traceId);
}

/// <summary>The database could not be read or written; raised before anything is sent.</summary>
internal sealed class StorageUnavailableException(Exception inner)
    : Exception("The referrals database could not be written.", inner);
