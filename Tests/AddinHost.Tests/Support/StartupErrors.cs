namespace OutlookReferralAddin.AddinHost.Tests.Support;

/// <summary>Every message inside a failed start (options validation nests them in aggregates and inner exceptions).</summary>
internal static class StartupErrors
{
    public static string Flatten(Exception error)
    {
        var text = "";
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            text += e.Message + "\n";
            if (e is AggregateException aggregate)
            {
                text += string.Join("\n", aggregate.InnerExceptions.Select(Flatten));
            }
        }

        return text;
    }
}
