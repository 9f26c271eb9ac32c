using System.Text.Json.Nodes;
using Insignia.Core.Linked.Canonicalization;
using Insignia.Core.Linked.JsonLd;
using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Linked;

/// <summary>
/// JSON-LD document to canonical N-Quads: JSON-LD 1.1 expansion and toRdf with the embedded contexts only, then
/// RDFC-1.0. This is the canonicalization step of Data Integrity proofs (eddsa-rdfc-2022).
/// </summary>
internal static class LinkedDataCanonicalizer
{
    /// <summary>The options used for signing and verifying: JSON-LD 1.1, embedded contexts, safe mode on.</summary>
    public static readonly JsonLdOptions SigningOptions = new() { SafeMode = true };

    /// <summary>
    /// Canonicalizes a credential (or proof configuration) for signing or verification, in safe mode: a document
    /// in which a property, type or identifier would be silently dropped is refused rather than signed.
    /// </summary>
    /// <returns>Canonical N-Quads, each line ending in "\n".</returns>
    /// <exception cref="JsonLdException">The document is not valid JSON-LD, names a context that is not embedded, or loses data.</exception>
    /// <exception cref="CanonicalizationException">The dataset exceeds the RDFC-1.0 work limits.</exception>
    public static string Canonicalize(JsonObject document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return CanonicalizeToNQuads(document, SigningOptions, RdfcOptions.Default, cancellationToken);
    }

    /// <summary>
    /// Canonicalizes a credential (or proof configuration) as <see cref="Canonicalize"/> does and writes the SHA-256
    /// of its canonical N-Quads, hashed from their UTF-8 form with no string built.
    /// </summary>
    /// <exception cref="JsonLdException">The document is not valid JSON-LD, names a context that is not embedded, or loses data.</exception>
    /// <exception cref="CanonicalizationException">The dataset exceeds the RDFC-1.0 work limits.</exception>
    public static void HashCanonical(JsonObject document, Span<byte> sha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var quads = ToRdf(document, SigningOptions, cancellationToken);
        RdfCanonicalizer.HashCanonical(quads, RdfcOptions.Default, sha256, cancellationToken);
    }

    /// <summary>Canonicalizes a JSON-LD document with explicit options.</summary>
    /// <returns>Canonical N-Quads, each line ending in "\n".</returns>
    public static string CanonicalizeToNQuads(JsonNode document, JsonLdOptions? options, RdfcOptions? rdfcOptions, CancellationToken cancellationToken) =>
        CanonicalizeDataset(document, options, rdfcOptions, cancellationToken).NQuads;

    /// <summary>Canonicalizes a JSON-LD document and returns the canonical quads and the blank node map as well.</summary>
    public static RdfcResult CanonicalizeDataset(JsonNode document, JsonLdOptions? options, RdfcOptions? rdfcOptions, CancellationToken cancellationToken)
    {
        var quads = ToRdf(document, options, cancellationToken);
        return RdfCanonicalizer.Canonicalize(quads, rdfcOptions, cancellationToken);
    }

    /// <summary>Converts a JSON-LD document to RDF quads (blank node labels are arbitrary, quads may repeat).</summary>
    public static List<RdfQuad> ToRdf(JsonNode document, JsonLdOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= JsonLdOptions.Default;
        cancellationToken.ThrowIfCancellationRequested();
        if (JsonNodeToRdf.TryConvert(document, options, out var quads))
        {
            return quads;
        }

        var expanded = JsonLdExpander.Expand(JsonValueModel.FromNode(document), options);
        cancellationToken.ThrowIfCancellationRequested();
        return JsonLdToRdf.ToRdf(expanded, options.RdfDirection);
    }

    /// <summary>
    /// Lists what expansion would silently drop from the document: properties and types that do not expand to an
    /// absolute IRI (not defined by any context and no @vocab), and node identifiers that are not absolute IRIs.
    /// An empty list means nothing is lost.
    /// </summary>
    /// <exception cref="JsonLdException">The document is not valid JSON-LD or names a context that is not embedded.</exception>
    public static IReadOnlyList<DroppedTerm> FindDroppedTerms(JsonNode document, JsonLdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var dropped = new List<DroppedTerm>();
        JsonLdExpander.Expand(JsonValueModel.FromNode(document), options ?? JsonLdOptions.Default, dropped: dropped);
        return dropped;
    }
}
