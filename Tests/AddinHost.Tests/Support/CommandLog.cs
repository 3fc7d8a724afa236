using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Support;

/// <summary>
/// The text of every command EF Core ran (its "Executed DbCommand" log entry), without parameter values. Pass
/// <see cref="Settings"/> and <see cref="Register"/> to <see cref="ReferralHost.CreateAsync"/>.
/// </summary>
public sealed class CommandLog : ILoggerProvider
{
    private const string Category = "Microsoft.EntityFrameworkCore.Database.Command";
    private readonly ConcurrentQueue<string> _texts = new();

    /// <summary>
    /// The command log's level (appsettings.json keeps it at Warning). Debug, not Information: while its Debug-level
    /// "executing" event is off, EF Core may skip a command's log events for its logging cache time (a second), and a
    /// test that counts commands must see every one.
    /// </summary>
    public static Dictionary<string, string?> Settings => new() { [$"Logging:LogLevel:{Category}"] = "Debug" };

    /// <summary>Every command since the last <see cref="Clear"/>, in order, repeats included.</summary>
    public IReadOnlyList<string> All => [.. _texts];

    public IReadOnlyList<string> Texts => [.. _texts.Distinct(StringComparer.Ordinal)];

    public void Register(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(this);

    public void Clear() => _texts.Clear();

    public ILogger CreateLogger(string categoryName) => categoryName == Category ? new Capture(_texts) : NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Capture(ConcurrentQueue<string> texts) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == RelationalEventId.CommandExecuted.Id && state is IEnumerable<KeyValuePair<string, object?>> pairs && pairs.FirstOrDefault(p => p.Key == "commandText").Value is string text)
            {
                texts.Enqueue(text);
            }
        }
    }
}
