using System.Net;
using System.Net.Sockets;

namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>
/// The configuration-only refusals added with the second administrator: verified mailboxes stay required, trusted
/// proxies never add up to "everyone", and the pseudonym key is random.
/// </summary>
internal static partial class StartupSafety
{
    /// <summary>A random key of 32 bytes in base64 has some 240 bits; a patterned one (32 × "a") has none.</summary>
    private const double MinKeyEntropyBits = 128;

    private static void CheckVerifiedMailboxes(IConfiguration configuration, List<string> failures)
    {
        if (configuration["Directory:RequireVerifiedMailboxes"] is { } value
            && (!bool.TryParse(value, out var required) || !required))
        {
            failures.Add("Directory:RequireVerifiedMailboxes=false is refused outside Development: referrals would go to mailboxes "
                + "the OCMW never confirmed with the code of a verification archive.");
        }
    }

    /// <summary>
    /// Known proxies and networks whose forwarded headers are believed: together they must not cover every client
    /// address (<c>0.0.0.0/1</c> + <c>128.0.0.0/1</c>, <c>::/0</c>, <c>::ffff:0.0.0.0/96</c> for every IPv4 client
    /// on a dual-stack socket, the unspecified <c>0.0.0.0</c>), or any client could claim any address and scheme.
    /// </summary>
    private static void CheckProxyCoverage(IConfiguration configuration, List<string> failures)
    {
        var v4 = new List<(UInt128 From, UInt128 To)>();
        var v6 = new List<(UInt128 From, UInt128 To)>();
        var unspecified = false;
        foreach (var entry in configuration.GetSection("Security:KnownProxies").GetChildren())
        {
            if (IPAddress.TryParse(entry.Value?.Trim(), out var address))
            {
                unspecified |= address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);
                Add(new IPNetwork(address, address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128));
            }
        }

        foreach (var entry in configuration.GetSection("Security:KnownNetworks").GetChildren())
        {
            if (IPNetwork.TryParse(entry.Value?.Trim(), out var network))
            {
                Add(network);
            }
        }

        if (unspecified || CoversAll(v4, 32) || CoversAll(v6, 128))
        {
            failures.Add("Security:KnownProxies and Security:KnownNetworks together trust every address (or the unspecified address "
                + "0.0.0.0): any client could then set its own X-Forwarded-For and -Proto. Name the proxies' own addresses or network.");
        }

        void Add(IPNetwork network)
        {
            var bytes = network.BaseAddress.GetAddressBytes();
            var bits = bytes.Length * 8;
            var start = bytes.Aggregate(UInt128.Zero, (acc, b) => (acc << 8) | b);
            var size = network.PrefixLength == 0 ? UInt128.MaxValue >> (128 - bits) : (UInt128.One << (bits - network.PrefixLength)) - 1;
            if (bits == 128 && network.BaseAddress.IsIPv4MappedToIPv6 && network.PrefixLength >= 96)
            {
                // ::ffff:a.b.c.d/n is the IPv4 network a.b.c.d/(n-96) as a dual-stack socket reports it.
                var low = start & uint.MaxValue;
                v4.Add((low, low + size));
                return;
            }

            (bits == 32 ? v4 : v6).Add((start, start + size));
            if (bits == 128 && start <= MappedStart && start + size >= MappedStart + uint.MaxValue)
            {
                v4.Add((0, uint.MaxValue));
            }
        }
    }

    private static readonly UInt128 MappedStart = (UInt128)0xFFFF << 32;

    private static bool CoversAll(List<(UInt128 From, UInt128 To)> ranges, int bits)
    {
        var last = bits == 128 ? UInt128.MaxValue : (UInt128.One << bits) - 1;
        UInt128 next = 0;
        foreach (var (from, to) in ranges.OrderBy(r => r.From))
        {
            if (from > next)
            {
                return false;
            }

            if (to >= last)
            {
                return true;
            }

            next = UInt128.Max(next, to + 1);
        }

        return false;
    }

    /// <summary>Shannon entropy of the key's characters times its length: a generous upper bound for a patterned key.</summary>
    private static double EstimatedEntropyBits(string key)
    {
        var perChar = key.GroupBy(c => c).Sum(g =>
        {
            var p = (double)g.Count() / key.Length;
            return -p * Math.Log2(p);
        });
        return perChar * key.Length;
    }
}
