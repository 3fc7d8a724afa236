using System.Net;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Directory;

/// <summary>
/// A referral asks the database one number, the directory version that its triggers raise on every write to the
/// protocols or the verifications, and reads the rows again only when it changed (issue #20). The writes below are plain
/// SQL, as an administrator's script or another instance would send them: no host code runs to announce them.
/// </summary>
public abstract class DirectoryVersionTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Write_EachKindOnProtocolsOrVerifications_RaisesTheVersion()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        var versions = new List<long> { await VersionAsync(host) };

        foreach (var sql in new[]
        {
            """UPDATE "OcmwProtocols" SET "TeamPhone" = '055 00 00 00' WHERE "Id" = 'kluisbergen'""",
            """UPDATE "MailboxVerifications" SET "Attempts" = "Attempts" + 1""",
            """DELETE FROM "MailboxVerifications" WHERE "OcmwId" = 'tessenderlo-ham'""",
            """DELETE FROM "OcmwProtocols" WHERE "Id" = 'tessenderlo-ham'""",
        })
        {
            await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql));
            versions.Add(await VersionAsync(host));
        }

        await host.QueryAsync(db => { db.OcmwProtocols.Add(DirectoryRows.Oudenaarde("oudenaarde", "9700")); return db.SaveChangesAsync(); });
        versions.Add(await VersionAsync(host));
        await host.QueryAsync(db =>
        {
            db.MailboxVerifications.Add(DirectoryRows.Confirmed("oudenaarde", DirectoryRows.Mailbox("oudenaarde")));
            return db.SaveChangesAsync();
        });
        versions.Add(await VersionAsync(host));

        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }

    [Fact]
    public async Task Referral_DirectoryUnchanged_ReadsNoDirectoryRows()
    {
        var commands = new CommandLog();
        await using var host = await ReferralHost.CreateAsync(provider, settings: CommandLog.Settings, services: commands.Register);
        using var me = host.CreateWorker();
        using (var first = await Referral.PostAsync(me, Referral.Valid()))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        commands.Clear();
        var lotte = Referral.Valid();
        lotte["client"]!["givenName"] = "Lotte";
        using var second = await Referral.PostAsync(me, lotte);

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Contains(commands.All, t => t.Contains("INSERT INTO \"ConsentRecords\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commands.All, t => t.Contains("FROM \"OcmwProtocols\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commands.All, t => t.Contains("FROM \"MailboxVerifications\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Referral_PhoneRemovedBySqlAfterAReferral_NextReferralRefusedAtOnce()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var me = host.CreateWorker();
        using (var first = await Referral.PostAsync(me, Referral.Valid()))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "OcmwProtocols" SET "SocialServicePhone" = NULL WHERE "Id" = 'kluisbergen'"""));
        var lotte = Referral.Valid();
        lotte["client"]!["givenName"] = "Lotte";
        using var second = await Referral.PostAsync(me, lotte);

        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal("social_service_phone_missing", (await second.JsonAsync()).GetProperty("code").GetString());
        Assert.Single(Pickup.Files(host.PickupDirectory));
    }

    [Fact]
    public async Task Referral_VerificationDeletedBySqlAfterAReferral_NextReferralRefusedAtOnce()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var me = host.CreateWorker();
        using (var first = await Referral.PostAsync(me, Referral.Valid()))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "MailboxVerifications" WHERE "OcmwId" = 'kluisbergen'"""));
        var lotte = Referral.Valid();
        lotte["client"]!["givenName"] = "Lotte";
        using var second = await Referral.PostAsync(me, lotte);

        Assert.Equal((HttpStatusCode)422, second.StatusCode);
        Assert.Equal("mailbox_not_verified", (await second.JsonAsync()).GetProperty("code").GetString());
        Assert.Single(Pickup.Files(host.PickupDirectory));
    }

    private static Task<long> VersionAsync(ReferralHost host) =>
        host.QueryAsync(db => db.DirectoryVersion.AsNoTracking().Select(v => v.Value).SingleAsync());
}

public sealed class DirectoryVersionSqliteTests() : DirectoryVersionTests(DatabaseProvider.Sqlite);

public sealed class DirectoryVersionPostgresTests() : DirectoryVersionTests(DatabaseProvider.Postgres);
