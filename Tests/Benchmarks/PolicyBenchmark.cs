using System.Diagnostics;
using System.Globalization;
using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.Benchmarks;

/// <summary>
/// Recipient checks per second: a realistic batch of 10 recipients (allowed mailboxes, lookalikes, unrelated
/// addresses, one display-name form) checked over and over against the seeded directory, after a warm-up.
/// Arguments: <c>[seconds] [extra protocols]</c> (defaults 5 and 0; Flanders has about 300 municipalities, so
/// <c>policy 5 300</c> shows how the lookalike scan over every directory domain scales).
/// </summary>
internal static class PolicyBenchmark
{
    private static readonly string[] Batch =
    [
        "socialedienst@kluisbergen.be",
        "SocialeDienst@Tessenderlo-Ham.be",
        "\"Sociale Dienst\" <socialedienst@kluisbergen.be>",
        "socia1edienst@kluisbergen.be",
        "socialedienst@kluisberqen.be",
        "socialedienst@kluisbergen.be.example.com",
        "socialedienst@xn--kluisbrgen-psi.be",
        "info@tessenderlo-ham.be",
        "an.peeters@example.be",
        "jan.janssens@gmail.com",
    ];

    public static int Run(string[] args)
    {
        var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var extra = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
        var policy = new RecipientPolicy([.. DirectorySeed.Protocols, .. SyntheticProtocols(extra)]);
        var options = new RecipientCheckOptions(new DateOnly(2026, 11, 24), RecipientContext.Referral, "kluisbergen", "9690");

        var checksum = RunFor(policy, options, TimeSpan.FromSeconds(1), out _, out _);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        checksum += RunFor(policy, options, TimeSpan.FromSeconds(seconds), out var batches, out var elapsed);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        var checks = batches * Batch.Length;
        var checksPerSecond = checks / elapsed.TotalSeconds;
        var microsPerBatch = elapsed.TotalMicroseconds / batches;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"directory: {policy.Directory.Count} protocols; batch: {Batch.Length} recipients; duration: {elapsed.TotalSeconds:F2} s (after 1 s warm-up)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"batches: {batches:N0}; checks: {checks:N0}; blocked seen: {checksum:N0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mean per 10-recipient batch: {microsPerBatch:F2} µs"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated per check: {allocated / (double)checks:F0} bytes"));
        PrintPerRecipient(policy, options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"policy_checks_per_second={checksPerSecond:F0}"));
        return 0;
    }

    /// <summary>Made-up municipalities with plausible domain names (fixed seed), to size the directory like Flanders.</summary>
    private static IEnumerable<OcmwProtocol> SyntheticProtocols(int count)
    {
        var random = new Random(300);
        for (var i = 0; i < count; i++)
        {
            var name = new string([.. Enumerable.Range(0, random.Next(4, 15)).Select(_ => (char)('a' + random.Next(26)))]);
            yield return DirectorySeed.Protocols[0] with
            {
                Id = $"{name}-{i}",
                Mailboxes = [$"socialedienst@{name}.be"],
                Domains = [$"{name}.be"],
                PostalCodes = [(1000 + i).ToString(CultureInfo.InvariantCulture)],
            };
        }
    }

    /// <summary>Where the time goes: mean µs per single check of each recipient in the batch.</summary>
    private static void PrintPerRecipient(RecipientPolicy policy, RecipientCheckOptions options)
    {
        const int Rounds = 20_000;
        foreach (var recipient in Batch)
        {
            var code = policy.Check(recipient, options).Code;
            for (var i = 0; i < Rounds / 10; i++)
            {
                code = policy.Check(recipient, options).Code;
            }

            var clock = Stopwatch.StartNew();
            for (var i = 0; i < Rounds; i++)
            {
                code = policy.Check(recipient, options).Code;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {clock.Elapsed.TotalMicroseconds / Rounds,8:F2} µs  {code,-22} {recipient}"));
        }
    }

    /// <summary>Checks the batch until the duration is over; returns the number of blocked verdicts so no work is skipped.</summary>
    private static long RunFor(RecipientPolicy policy, RecipientCheckOptions options, TimeSpan duration, out long batches, out TimeSpan elapsed)
    {
        long blocked = 0;
        batches = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            // Check the clock every 100 batches so that reading it does not dominate.
            for (var i = 0; i < 100; i++)
            {
                foreach (var result in policy.CheckAll(Batch, options))
                {
                    blocked += result.Verdict == Verdict.Blocked ? 1 : 0;
                }
            }

            batches += 100;
        }

        elapsed = clock.Elapsed;
        return blocked;
    }
}
