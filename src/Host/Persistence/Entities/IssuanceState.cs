namespace Insignia.Host.Persistence.Entities;

/// <summary>Where an outbox row is: waiting (or leased to a worker), issued, or given up after repeated failures.</summary>
internal enum IssuanceState
{
    Pending = 0,
    Done = 1,
    Failed = 2,
    Refused = 3,
}
