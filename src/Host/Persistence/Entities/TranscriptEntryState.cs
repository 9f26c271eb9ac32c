namespace Insignia.Host.Persistence.Entities;

/// <summary>
/// Where a transcript entry is: waiting for the registrar, approved (waiting for the SIS), in the SIS, refused by
/// the SIS (retryable: it stays approved in substance), or rejected by the registrar with a reason.
/// </summary>
internal enum TranscriptEntryState
{
    Pending = 0,
    Approved = 1,
    Synced = 2,
    Failed = 3,
    Rejected = 4,
}
