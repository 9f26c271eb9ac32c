namespace Insignia.Core.Status;

/// <summary>Stable codes for status checks, beside <see cref="Proofs.ProofErrors"/>.</summary>
internal static class StatusErrors
{
    public const string Revoked = "revoked";
    public const string Suspended = "suspended";
    public const string StatusListNotFound = "status_list_not_found";
    public const string StatusListInvalid = "status_list_invalid";
    public const string StatusEntryInvalid = "status_entry_invalid";
    public const string StatusPurposeMismatch = "status_purpose_mismatch";
    public const string StatusIndexOutOfRange = "status_index_out_of_range";
}
