using OutlookReferralAddin.Benchmarks;

// A plain harness: each benchmark prints its figures and ends with one key=value line.
return args.FirstOrDefault() switch
{
    "archive" => ArchiveBenchmark.Run(args[1..]),
    "policy" => PolicyBenchmark.Run(args[1..]),
    "load" => OutlookReferralAddin.Benchmarks.Load.LoadCommand.Run(args[1..]),
    "startup" => OutlookReferralAddin.Benchmarks.Startup.StartupCommand.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project Tests/Benchmarks -- <archive|policy|load|startup>");
    return 2;
}
