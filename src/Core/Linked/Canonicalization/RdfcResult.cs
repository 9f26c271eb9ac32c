using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Linked.Canonicalization;

/// <summary>
/// The canonical form of a dataset: its canonical N-Quads text, the map from each input blank node label to its
/// canonical label (c14nN), and (built on first use, since signing needs only the text) the relabelled quads in
/// canonical order.
/// </summary>
internal sealed class RdfcResult(string nQuads, IReadOnlyDictionary<string, string> issuedIdentifiers)
{
    private IReadOnlyList<RdfQuad>? _quads;

    public string NQuads => nQuads;

    public IReadOnlyDictionary<string, string> IssuedIdentifiers => issuedIdentifiers;

    public IReadOnlyList<RdfQuad> Quads => _quads ??= NQuadsReader.Parse(nQuads);
}
