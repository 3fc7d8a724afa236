using System.Diagnostics;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Mail;
using OutlookReferralAddin.AddinHost.Referrals;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Teams;
using OutlookReferralAddin.Core.Archive;
using OutlookReferralAddin.Core.Consent;
using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>
/// Right after start, on the second core while Kestrel starts and the first readiness probes arrive, the host goes once
/// through what a referral touches, so that the first worker after a restart does not wait for it (#20): EF Core's
/// services and the queries of the directory and the duplicate check, the request's JSON, the validators
/// (libphonenumber's metadata), the 7z writer with its key derivation and the mail text; then data protection's key ring.
/// The client is invented and the principal empty; nothing is stored or sent, and only the duration is logged. Requests
/// never wait for it: what it has not reached yet, the first request does itself. Off with <c>Startup:Rehearse=false</c>.
/// </summary>
internal sealed partial class StartupRehearsal(
    IServiceScopeFactory scopes,
    IOptions<JsonOptions> json,
    IOptions<StartupOptions> options,
    BrusselsClock clock,
    ILogger<StartupRehearsal> logger) : BackgroundService
{
    private static readonly Worker Rehearser = new(Guid.Empty.ToString(), "startup-rehearsal@localhost");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Rehearse)
        {
            return;
        }

        await Task.Yield();
        var started = Stopwatch.GetTimestamp();
        try
        {
            // Two halves for the two cores: EF Core's first use and the referral's queries are the longer, and the
            // archive and the validators need no database.
            var computing = Task.Run(RehearseComputation, stoppingToken);
            var reached = await RehearseReferralAsync(stoppingToken);
            await computing;
            RehearseKeyRing();
            LogRehearsed(logger, reached, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before it finished: nothing to undo.
        }
#pragma warning disable CA1031 // A rehearsal that fails costs the first request its time, nothing else; the type says why.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex.GetType().FullName ?? "?");
        }
    }

    /// <summary>The last stage reached: a directory without a protocol this host could send under stops at validation.</summary>
    private async Task<string> RehearseReferralAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ReferralsDbContext>();
        var snapshot = await services.GetRequiredService<Directory.DirectoryStore>().GetCurrentAsync(db, ct);
        var today = clock.Today;
        var validator = services.GetRequiredService<ReferralValidator>();
        ValidatedReferral? referral = null;
        foreach (var protocol in snapshot.Protocols.Where(p => p.TeamGroupIds is { Count: > 0 } && p.PostalCodes.Count > 0))
        {
            if (snapshot.VerifiedMailboxesOf(protocol) is not [var mailbox, ..])
            {
                continue;
            }

            // The JSON round trip is the other half's.
            (referral, _) = await validator.ValidateAsync(
                Invented(protocol, mailbox, today), new TeamMembership(GroupsClaimState.Present, protocol.TeamGroupIds!), ct);
            if (referral is not null)
            {
                break;
            }
        }

        if (referral is null)
        {
            return "validation";
        }

        // An invented name matches no earlier referral, so the check only reads.
        await services.GetRequiredService<DuplicateCheck>().CheckAsync(referral, false, new ClaimsPrincipal(), null, "", ct);
        await services.GetRequiredService<ReferralSubmission>().RehearseAsync(referral, Rehearser, ct);
        return "record and mail";
    }

    /// <summary>
    /// Data protection's key ring, a database read (on a new database, the first key's write) that no referral waits for
    /// but a signed-in page does. Its own hosted service would load it in front of Kestrel (StorageExtensions); here it
    /// comes last, after what the first referral needs.
    /// </summary>
    private void RehearseKeyRing()
    {
        using var scope = scopes.CreateScope();
        var protector = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector(nameof(StartupRehearsal));
        protector.Unprotect(protector.Protect([1]));
    }

    /// <summary>The request's JSON, the client's and the consent's rules and the 7z writer, for the seed's first protocol.</summary>
    private void RehearseComputation()
    {
        var protocol = DirectorySeed.Protocols[0];
        var today = clock.Today;
        var request = JsonSerializer.Deserialize<ReferralRequest>(JsonSerializer.SerializeToUtf8Bytes(
            Invented(protocol, protocol.Mailboxes[0], today), json.Value.SerializerOptions), json.Value.SerializerOptions)!;
        var client = ClientValidator.Validate(request.Client).Value;
        var consent = ConsentValidator.Validate(request.Consent, today).Value;
        if (client is null || consent is null)
        {
            return;
        }

        SevenZipAesArchive.Create(ReferralDocuments.Create(new ReferralDocumentContext(
            "R-0000-000000", clock.UtcNow, protocol.ReferringTeam, protocol.Name, protocol.Mailboxes[0], client, consent,
            ReferralMailComposer.Contact(protocol, Rehearser.UserPrincipalName))), PassphraseGenerator.Generate());
    }

    /// <summary>A client no one is called: random letters after "Proef", a postcode and mailbox of the protocol.</summary>
    private static ReferralRequest Invented(OcmwProtocol protocol, string mailbox, DateOnly today)
    {
        var family = "Proef" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 12);
        return new ReferralRequest(
            protocol.Id,
            mailbox,
            new ClientInput("Proef", family, new AddressInput("Proefstraat", "1", null, protocol.PostalCodes[0], "Proefgemeente"),
                "0470 00 00 00", $"proef.{family.ToLowerInvariant()}@example.be"),
            new ConsentInput(true, true, "mondeling", today));
    }

    [LoggerMessage(EventId = 60, Level = LogLevel.Information, Message = "Start-up rehearsal reached {Stage} in {Milliseconds:F0} ms")]
    private static partial void LogRehearsed(ILogger logger, string stage, double milliseconds);

    [LoggerMessage(EventId = 61, Level = LogLevel.Warning, Message = "Start-up rehearsal failed: {ExceptionType}")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
