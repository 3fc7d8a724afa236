using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.AddinHost.Events;

/// <summary>
/// Where the screening endpoint gets Core's <see cref="RecipientPolicy"/>: a <c>Func&lt;RecipientPolicy&gt;</c> from DI
/// when the host registers one (the directory store, so admin edits count at once), otherwise one policy built from
/// the seed directory. Wiring the store is one line in the host:
/// <c>services.AddSingleton&lt;Func&lt;RecipientPolicy&gt;&gt;(sp =&gt; ...)</c>.
/// </summary>
internal sealed class ScreeningPolicySource(IServiceProvider services)
{
    private static readonly Lazy<RecipientPolicy> SeedPolicy = new(() => new RecipientPolicy(DirectorySeed.Protocols));

    private readonly Func<RecipientPolicy> _current = services.GetService<Func<RecipientPolicy>>() ?? (() => SeedPolicy.Value);

    public RecipientPolicy Current => _current();
}
