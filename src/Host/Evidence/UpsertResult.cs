namespace Insignia.Host.Evidence;

/// <summary>What an evidence upsert changed.</summary>
/// <param name="Inserted">Records that were new.</param>
/// <param name="Updated">Records whose content changed.</param>
/// <param name="ChangedLearners">External ids of learners with new or changed evidence.</param>
internal sealed record UpsertResult(int Inserted, int Updated, IReadOnlySet<string> ChangedLearners)
{
    public int Changed => Inserted + Updated;
}
