namespace OutlookReferralAddin.Benchmarks;

/// <summary>Recipient checks per second.</summary>
internal static class PolicyBenchmark
{
    public static int Run(string[] args)
    {
        _ = args;
        Console.Error.WriteLine("policy benchmark: not written yet");
        return 1;
    }
}
