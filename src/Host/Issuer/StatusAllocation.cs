namespace Insignia.Host.Issuer;

/// <summary>
/// Maps an outbox id to a (list, index) status position. Ids are unique and sequential, so positions are unique
/// without a counter; within a list the index is scrambled by an odd multiplier (a bijection modulo 2^17) so a
/// position does not reveal issuance order to someone reading the list.
/// </summary>
internal static class StatusAllocation
{
    public const int ListSize = 131_072;
    private const long Multiplier = 0x9E37;

    public static (int List, int Index) For(long outboxId)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(outboxId, 1);
        var ordinal = outboxId - 1;
        var list = (int)(ordinal / ListSize);
        var index = (int)((ordinal % ListSize * Multiplier) & (ListSize - 1));
        return (list, index);
    }
}
