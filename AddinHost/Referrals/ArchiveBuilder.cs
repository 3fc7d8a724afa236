using OutlookReferralAddin.Core.Archive;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>
/// Builds a referral's archive, at most one per processor at a time. The key derivation is pure CPU (2^19 SHA-256
/// rounds, about 20 ms); a burst of referrals would otherwise time-slice dozens of pool threads over a few cores,
/// paying for context switches and starving Kestrel's own work. Requests waiting for a slot hold no thread.
/// </summary>
internal sealed class ArchiveBuilder : IDisposable
{
    private static readonly int Slots = Environment.ProcessorCount;
    private readonly SemaphoreSlim _slots = new(Slots, Slots);

    /// <summary>Not cancellable: it runs after the pending record is written, and that record must get an outcome.</summary>
    public async Task<EncryptedArchive> BuildAsync(ReferralDocumentContext context, string passphrase)
    {
        await _slots.WaitAsync(CancellationToken.None);
        try
        {
            return SevenZipAesArchive.Create(ReferralDocuments.Create(context), passphrase);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
