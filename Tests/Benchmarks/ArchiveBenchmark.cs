namespace OutlookReferralAddin.Benchmarks;

/// <summary>Our archive writer against real 7-Zip, measured in the same run.</summary>
internal static class ArchiveBenchmark
{
    public static int Run(string[] args)
    {
        _ = args;
        Console.Error.WriteLine("archive benchmark: not written yet");
        return 1;
    }
}
