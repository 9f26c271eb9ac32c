using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs;

/// <summary>The fields of a Data Integrity proof that passed the shape checks.</summary>
internal sealed record ParsedProof(
    JsonObject Proof,
    string Type,
    string? Cryptosuite,
    string VerificationMethod,
    byte[] Signature);
