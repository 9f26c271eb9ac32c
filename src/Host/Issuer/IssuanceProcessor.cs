using Insignia.Core.Proofs.Jwt;
using Insignia.Host.Persistence;
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

        using var signing = await SigningKeysAsync(cancellationToken);
        var now = time.GetUtcNow();
        var outcomes = Sign(batch, signing, now, cancellationToken);
        return (outcomes.Count, await StoreAsync(batch, outcomes, now, cancellationToken));
    }

    private async Task<SigningKeys> SigningKeysAsync(CancellationToken cancellationToken) =>
        new(await keys.Ed25519Async(cancellationToken), directory.Options.IssueJwt ? await keys.RsaAsync(cancellationToken) : null);

    /// <summary>Builds and signs a batch: pure CPU (JSON-LD, RDFC, Ed25519), spread over the cores; touches no database.</summary>
    private List<IssuanceOutcome> Sign(IssuanceBatch batch, SigningKeys signing, DateTimeOffset now, CancellationToken cancellationToken) =>
        batch.Rows.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .WithDegreeOfParallelism(signing.Jwt is null ? Environment.ProcessorCount : 1) // one RSA object is not shared across threads
            .Select(row => factory.Issue(row, batch, signing.Ed25519, signing.Jwt, now, cancellationToken)).ToList();

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

    /// <summary>The keys one batch is signed with, loaded per batch so a rotated key takes effect at the next batch.</summary>
    private sealed record SigningKeys(IssuerSigningKey Ed25519, VcJwtSigningKey? Jwt) : IDisposable
    {
        public void Dispose() => Ed25519.Dispose();
    }
}
