using System.Text;
using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Linked.Canonicalization;

/// <summary>
/// The canonical form of a dataset: its canonical N-Quads as UTF-8 (what proofs hash), the map from each input
/// blank node label to its canonical label (c14nN), and, built on first use, the N-Quads text and the relabelled
/// quads in canonical order.
/// </summary>
internal sealed class RdfcResult(byte[] nQuadsUtf8, IReadOnlyDictionary<string, string> issuedIdentifiers)
{
    private string? _nQuads;
    private IReadOnlyList<RdfQuad>? _quads;

    /// <summary>Gets the canonical N-Quads as UTF-8 bytes, each line ending in "\n".</summary>
    public ReadOnlySpan<byte> NQuadsUtf8 => nQuadsUtf8;

    public string NQuads => _nQuads ??= Encoding.UTF8.GetString(nQuadsUtf8);

    public IReadOnlyDictionary<string, string> IssuedIdentifiers => issuedIdentifiers;

    public IReadOnlyList<RdfQuad> Quads => _quads ??= NQuadsReader.Parse(NQuads);
}
