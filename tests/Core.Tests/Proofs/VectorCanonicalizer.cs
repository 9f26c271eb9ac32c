using System.Text.Json.Nodes;
using Insignia.Core.Proofs;

namespace Insignia.Core.Tests.Proofs;

/// <summary>
/// Stands in for RDFC-1.0 with the published canonical forms: returns the vector's N-Quads for exactly the
/// JSON the vector canonicalized, and fails for anything else.
/// </summary>
internal sealed class VectorCanonicalizer(params (JsonObject Input, string Canonical)[] entries) : IRdfCanonicalizer
{
    public List<JsonObject> Calls { get; } = [];

    public string Canonicalize(JsonObject document, CancellationToken cancellationToken)
    {
        Calls.Add(document);
        foreach (var (input, canonical) in entries)
        {
            if (JsonNode.DeepEquals(input, document))
            {
                return canonical;
            }
        }

        throw new InvalidOperationException("No test vector canonicalizes this input: " + document.ToJsonString());
    }
}
