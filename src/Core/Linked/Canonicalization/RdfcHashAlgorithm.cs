namespace Insignia.Core.Linked.Canonicalization;

/// <summary>The hash function RDFC-1.0 uses for blank node hashes.</summary>
internal enum RdfcHashAlgorithm
{
    Sha256,
    Sha384,
}
