using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Linked.Canonicalization;

/// <summary>
/// The canonical form of a dataset: the relabelled quads in canonical order, their N-Quads text, and the map from
/// each input blank node label to its canonical label (c14nN).
/// </summary>
internal sealed record RdfcResult(
    IReadOnlyList<RdfQuad> Quads,
    string NQuads,
    IReadOnlyDictionary<string, string> IssuedIdentifiers);
