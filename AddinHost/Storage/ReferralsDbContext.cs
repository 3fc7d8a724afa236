using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OutlookReferralAddin.AddinHost.Admin.Verifications;

namespace OutlookReferralAddin.AddinHost.Storage;

/// <summary>
/// Consent register, directory, idempotency records, reference counters and Data Protection keys: all the state,
/// so that several instances can share one database. One subclass per provider carries its own migrations.
/// </summary>
public abstract class ReferralsDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<ConsentRecordEntity> ConsentRecords => Set<ConsentRecordEntity>();

    public DbSet<IdempotencyRecordEntity> IdempotencyRecords => Set<IdempotencyRecordEntity>();

    public DbSet<ReferenceCounterEntity> ReferenceCounters => Set<ReferenceCounterEntity>();

    public DbSet<OcmwProtocolEntity> OcmwProtocols => Set<OcmwProtocolEntity>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();

    public DbSet<ProposalEntity> Proposals => Set<ProposalEntity>();

    public DbSet<MailboxVerificationEntity> MailboxVerifications => Set<MailboxVerificationEntity>();

    public DbSet<ReferralEventEntity> ReferralEvents => Set<ReferralEventEntity>();

    public DbSet<IncidentEntity> Incidents => Set<IncidentEntity>();

    public DbSet<DirectoryVersionEntity> DirectoryVersion => Set<DirectoryVersionEntity>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var detected = DetectChangesOnce();
        RefuseHistoryRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var detected = DetectChangesOnce();
        RefuseHistoryRewrites();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Both the history check and EF Core's save would scan every tracked entity for changes; scan once and let the save
    /// trust that (#20: the second scan was about 1% of the host's time per referral).
    /// </summary>
    private ChangesDetected DetectChangesOnce()
    {
        var auto = ChangeTracker.AutoDetectChangesEnabled;
        if (auto)
        {
            ChangeTracker.DetectChanges();
            ChangeTracker.AutoDetectChangesEnabled = false;
        }

        return new ChangesDetected(ChangeTracker, auto);
    }

    private readonly struct ChangesDetected(ChangeTracker tracker, bool restore) : IDisposable
    {
        public void Dispose() => tracker.AutoDetectChangesEnabled = restore;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<ConsentRecordEntity>(e =>
        {
            e.ToTable("ConsentRecords");
            e.HasIndex(r => r.Reference).IsUnique();
            e.HasIndex(r => r.CreatedAt);
            // The duplicate check and the look-up find a client by pseudonym within a team: with only single-column
            // indexes SQLite's planner (no statistics) walked the team's index, every referral the team ever sent.
            e.HasIndex(r => new { r.ClientPseudonym, r.ReferringTeam, r.OcmwId });
            e.Property(r => r.Reference).HasMaxLength(20);
            e.Property(r => r.WorkerObjectId).HasMaxLength(64);
            e.Property(r => r.WorkerUpn).HasMaxLength(256);
            e.Property(r => r.OcmwId).HasMaxLength(64);
            e.Property(r => r.ReferringTeam).HasMaxLength(200);
            e.HasIndex(r => r.ReferringTeam);
            e.Property(r => r.RecipientMailbox).HasMaxLength(256);
            e.Property(r => r.ConsentMethod).HasMaxLength(20);
            e.Property(r => r.StatementVersion).HasMaxLength(40);
            e.Property(r => r.ArchiveSha256).HasMaxLength(64);
            e.Property(r => r.MessageCorrelation).HasMaxLength(256);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.FailureCode).HasMaxLength(64);
            e.Property(r => r.ClientPseudonym).HasMaxLength(64);
        });
        modelBuilder.Entity<IdempotencyRecordEntity>(e =>
        {
            e.ToTable("IdempotencyRecords");
            e.HasIndex(r => new { r.UserObjectId, r.Key }).IsUnique();
            e.Property(r => r.Key).HasMaxLength(200);
            e.Property(r => r.UserObjectId).HasMaxLength(64);
            e.Property(r => r.BodyHash).HasMaxLength(64);
            e.HasOne<ConsentRecordEntity>().WithMany().HasForeignKey(r => r.ReferralId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ReferenceCounterEntity>(e =>
        {
            e.ToTable("ReferenceCounters");
            e.HasKey(c => c.Year);
            e.Property(c => c.Year).ValueGeneratedNever();
        });
        modelBuilder.Entity<OcmwProtocolEntity>(e =>
        {
            e.ToTable("OcmwProtocols");
            e.Property(p => p.Id).HasMaxLength(64);
        });
        modelBuilder.Entity<AuditEntryEntity>(e =>
        {
            e.ToTable("AuditEntries");
            e.HasIndex(a => a.At);
            e.HasIndex(a => new { a.EntityType, a.EntityId });
            e.Property(a => a.ActorObjectId).HasMaxLength(64);
            e.Property(a => a.ActorUpn).HasMaxLength(256);
            e.Property(a => a.Action).HasMaxLength(20);
            e.Property(a => a.EntityType).HasMaxLength(20);
            e.Property(a => a.EntityId).HasMaxLength(64);
            e.Property(a => a.ProposedByObjectId).HasMaxLength(64);
            e.Property(a => a.ProposedByUpn).HasMaxLength(256);
        });
        modelBuilder.Entity<ProposalEntity>(e =>
        {
            e.ToTable("Proposals");
            e.HasIndex(p => new { p.Status, p.OcmwId });
            // One waiting proposal per entry, also when two administrators propose at the same moment on two instances.
            e.HasIndex(p => p.OcmwId).IsUnique().HasFilter("\"Status\" = 'pending'").HasDatabaseName("IX_Proposals_OneWaitingPerEntry");
            e.Property(p => p.OcmwId).HasMaxLength(64);
            e.Property(p => p.Kind).HasMaxLength(20);
            e.Property(p => p.Status).HasMaxLength(20);
            e.Property(p => p.Origin).HasColumnName("Source").HasMaxLength(20);
            e.Property(p => p.BaseETag).HasMaxLength(64);
            e.Property(p => p.ProposedByObjectId).HasMaxLength(64);
            e.Property(p => p.ProposedByUpn).HasMaxLength(256);
            e.Property(p => p.DecidedByObjectId).HasMaxLength(64);
            e.Property(p => p.DecidedByUpn).HasMaxLength(256);
            e.Property(p => p.RejectionReason).HasMaxLength(500);
        });
        MailboxVerificationEntity.Configure(modelBuilder);
        DirectoryVersionEntity.Configure(modelBuilder);
        modelBuilder.Entity<ReferralEventEntity>(e =>
        {
            e.ToTable("ReferralEvents");
            e.HasIndex(h => new { h.ReferralId, h.Id });
            e.Property(h => h.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(h => h.ActorObjectId).HasMaxLength(64);
            e.Property(h => h.ActorUpn).HasMaxLength(256);
            e.Property(h => h.Code).HasMaxLength(64);
            e.HasOne<ConsentRecordEntity>().WithMany().HasForeignKey(h => h.ReferralId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IncidentEntity>(e =>
        {
            e.ToTable("Incidents");
            e.HasIndex(i => i.ReportedAt);
            e.HasIndex(i => i.ReferralId);
            e.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(i => i.ReporterObjectId).HasMaxLength(64);
            e.Property(i => i.ReporterUpn).HasMaxLength(256);
            e.Property(i => i.ClosedByObjectId).HasMaxLength(64);
            e.Property(i => i.ClosedByUpn).HasMaxLength(256);
            e.HasOne<ConsentRecordEntity>().WithMany().HasForeignKey(i => i.ReferralId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>The history is append-only: a changed or removed line would make the derived status a lie.</summary>
    private void RefuseHistoryRewrites()
    {
        if (ChangeTracker.Entries<ReferralEventEntity>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The referral history is append-only.");
        }
    }
}
