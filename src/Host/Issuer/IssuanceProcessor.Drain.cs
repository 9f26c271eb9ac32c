namespace Insignia.Host.Issuer;

internal sealed partial class IssuanceProcessor
{
    /// <summary>
    /// Issues batch after batch until no row is left to lease; returns how many rows were settled. A two-stage
    /// pipeline: while one batch is signed (CPU only), the previous batch is stored and the next one leased and loaded.
    /// The database work stays one call at a time on this processor's context; only signing runs beside it.
    /// </summary>
    /// <remarks>
    /// Exactly once is kept by the store, not by timing: each batch is stored by the transaction that checks its own
    /// lease token, so a batch whose lease expired while it waited in the pipeline, and which another worker leased
    /// meanwhile, is not stored here (the row-by-row retry stores only the rows this lease still holds). A crash
    /// leaves at most two leased batches, which other workers take once their leases expire.
    /// </remarks>
    public async Task<int> DrainAsync(string workerId, CancellationToken cancellationToken)
    {
        var settled = 0;
        var next = await LeaseAsync(workerId, cancellationToken);
        SignedBatch? previous = null;
        while (next is not null)
        {
            using var current = next;
            var now = time.GetUtcNow();
            var signing = Task.Run(() => Sign(current.Batch, current.Keys, now, cancellationToken), cancellationToken);
            var storing = StoreThenLeaseAsync(previous, workerId, cancellationToken);
            try
            {
                await Task.WhenAll(signing, storing);
            }
            catch
            {
                if (storing.IsCompletedSuccessfully)
                {
                    storing.Result?.Dispose();
                }

                throw;
            }

            settled += previous?.Outcomes.Count ?? 0;
            previous = new SignedBatch(current.Batch, await signing, now);
            next = await storing;
        }

        if (previous is not null)
        {
            await StoreAsync(previous.Batch, previous.Outcomes, previous.Now, cancellationToken);
            settled += previous.Outcomes.Count;
        }

        return settled;
    }

    private async Task<LeasedBatch?> StoreThenLeaseAsync(SignedBatch? previous, string workerId, CancellationToken cancellationToken)
    {
        if (previous is not null)
        {
            await StoreAsync(previous.Batch, previous.Outcomes, previous.Now, cancellationToken);
        }

        return await LeaseAsync(workerId, cancellationToken);
    }

    private async Task<LeasedBatch?> LeaseAsync(string workerId, CancellationToken cancellationToken) =>
        await ClaimAsync(workerId, null, cancellationToken) is { } batch ? new LeasedBatch(batch, await SigningKeysAsync(cancellationToken)) : null;

    private sealed record LeasedBatch(IssuanceBatch Batch, SigningKeys Keys) : IDisposable
    {
        public void Dispose() => Keys.Dispose();
    }

    private sealed record SignedBatch(IssuanceBatch Batch, List<IssuanceOutcome> Outcomes, DateTimeOffset Now);
}
