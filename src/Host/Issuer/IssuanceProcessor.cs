using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Insignia.Host.Issuer;

/// <summary>
/// One round of the issuance worker: lease rows, issue, then store credentials and mark rows done in one
/// transaction. Exactly once: a credential is unique per outbox row, and a row is marked done only by the
/// holder of its lease in the same transaction that stores its credential.
/// </summary>
internal sealed partial class IssuanceProcessor(
    InsigniaDbContext db,
    IssuerKeys keys,
    IssuerDirectory directory,
    CredentialFactory factory,
    TimeProvider time,
    IOptions<IssuanceProcessorOptions> options,
    IEnumerable<ICredentialIssuedSink> sinks,
    Registrar.TranscriptEntryRecorder transcript)
{
    private readonly IssuanceProcessorOptions _options = options.Value;

    /// <summary>Issues up to one batch; returns how many rows were settled (issued, refused or failed).</summary>
    public async Task<int> RunOnceAsync(string workerId, CancellationToken cancellationToken) =>
        (await RoundAsync(workerId, null, cancellationToken)).Settled;

    /// <summary>
    /// Issues the pending rows of some definitions now (the instructor's "Issue now"), batch by batch, up to
    /// <paramref name="maxRounds"/> batches; rows another worker holds are left to it.
    /// </summary>
    public async Task<IssueNowResult> IssueNowAsync(IReadOnlyCollection<string> definitionIds, int maxRounds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definitionIds);
        var result = new IssueNowResult(0, 0, 0);
        for (var round = 0; round < maxRounds && definitionIds.Count > 0; round++)
        {
            var (settled, stored) = await RoundAsync($"issue-now-{Environment.ProcessId}", definitionIds, cancellationToken);
            if (settled == 0)
            {
                break;
            }

            result = result.Add(stored);
        }

        return result;
    }

    private async Task<(int Settled, List<IssuanceOutcome> Stored)> RoundAsync(string workerId, IReadOnlyCollection<string>? definitionIds, CancellationToken cancellationToken)
    {
        var batch = await ClaimAsync(workerId, definitionIds, cancellationToken);
        if (batch is null)
        {
            return (0, []);
        }

        using var key = await keys.Ed25519Async(cancellationToken);
        var jwtKey = directory.Options.IssueJwt ? await keys.RsaAsync(cancellationToken) : null;
        var now = time.GetUtcNow();
        // Building and signing is pure CPU (JSON-LD, RDFC, Ed25519): spread a batch over the cores.
        var outcomes = batch.Rows.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .WithDegreeOfParallelism(jwtKey is null ? Environment.ProcessorCount : 1) // one RSA object is not shared across threads
            .Select(row => factory.Issue(row, batch, key, jwtKey, now, cancellationToken)).ToList();
        var stored = outcomes;
        var entries = await transcript.PendingEntriesAsync(outcomes, batch, now, cancellationToken);
        if (!await TryCompleteAsync(batch.LeaseToken, outcomes, entries, now, cancellationToken))
        {
            stored = [];
            foreach (var outcome in outcomes)
            {
                if (await TryCompleteAsync(batch.LeaseToken, [outcome], entries, now, cancellationToken))
                {
                    stored.Add(outcome);
                }
            }
        }

        Announce(stored, batch);
        return (outcomes.Count, stored);
    }

    private void Announce(IEnumerable<IssuanceOutcome> stored, IssuanceBatch batch)
    {
        foreach (var outcome in stored.Where(o => o.Credential is not null))
        {
            if (batch.Definitions.TryGetValue((outcome.Row.DefinitionId, outcome.Row.DefinitionVersion), out var definition))
            {
                var notice = new IssuedCredentialNotice(outcome.Row.LearnerId, definition.Id, definition.Name, definition.CourseKey);
                foreach (var sink in sinks)
                {
                    sink.Issued(notice);
                }
            }
        }
    }

    /// <summary>Stores the credentials (with their transcript entries) and settles the rows, all or nothing; false when some lease was lost or a credential already exists.</summary>
    private async Task<bool> TryCompleteAsync(
        string leaseToken, IReadOnlyList<IssuanceOutcome> outcomes, IReadOnlyList<TranscriptEntryEntity> entries, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var credentials = outcomes.Where(o => o.Credential is not null).Select(o => o.Credential!).ToList();
            db.Credentials.AddRange(credentials);
            db.TranscriptEntries.AddRange(Registrar.TranscriptEntryRecorder.For(entries, credentials));
            await db.SaveChangesAsync(cancellationToken);
            var settled = 0;
            foreach (var group in outcomes.GroupBy(o => (o.State, o.Error)))
            {
                var ids = group.Select(o => o.Row.Id).ToList();
                var state = group.Key.State == IssuanceState.Failed && group.All(o => o.Row.Attempts < _options.MaxAttempts) ? IssuanceState.Pending : group.Key.State;
                var error = group.Key.Error;
                settled += await db.IssuanceOutbox
                    .Where(o => ids.Contains(o.Id) && o.LeaseOwner == leaseToken && o.State == IssuanceState.Pending)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(o => o.State, state).SetProperty(o => o.CompletedAt, now).SetProperty(o => o.LastError, error),
                        cancellationToken);
            }

            if (settled != outcomes.Count)
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
