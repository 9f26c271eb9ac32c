namespace Insignia.Host.Persistence.Entities;

/// <summary>How many verifications the credentials of one definition had on one UTC day (a number only, nothing about who asked).</summary>
internal sealed class VerificationDayEntity
{
    public required string DefinitionId { get; set; }

    public DateOnly Day { get; set; }

    public long Count { get; set; }
}
