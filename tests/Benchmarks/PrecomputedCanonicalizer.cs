using System.Text.Json.Nodes;
using Insignia.Core.Proofs;
using Insignia.Testing;

namespace Insignia.Benchmarks;

/// <summary>
/// Returns fixed canonical N-Quads (1EdTech's CLR 2.0 vector, about 7 KB) so that the proof pipeline can be timed
/// without RDFC; the real canonicalizer is timed separately in <see cref="ProofBenchmarks"/>.
/// </summary>
internal sealed class PrecomputedCanonicalizer : IRdfCanonicalizer
{
    private readonly string _document = File.ReadAllText(RepositoryPaths.SharedPath("standards", "clr2", "test-vectors", "clrv2p0", "document-canon.txt"));
    private readonly string _proof = File.ReadAllText(RepositoryPaths.SharedPath("standards", "clr2", "test-vectors", "clrv2p0", "proof-canon.txt"));

    public string Canonicalize(JsonObject document, CancellationToken cancellationToken) =>
        document.ContainsKey("proofPurpose") ? _proof : _document;
}
