using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Linked.Canonicalization;

/// <summary>RDF Dataset Canonicalization (RDFC-1.0, W3C Recommendation 2024), section 4.4.</summary>
internal sealed partial class RdfCanonicalizer
{
    private readonly RdfcOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, List<RdfQuad>> _quadsByBlankNode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _firstDegreeHashes = new(StringComparer.Ordinal);
    private readonly IdentifierIssuer _canonicalIssuer = new("c14n");
    private readonly Dictionary<string, RdfTerm> _canonicalTerms = new(StringComparer.Ordinal);
    [ThreadStatic]
    private static Utf8Lines? _cachedLines;

    private readonly Utf8Lines _lines;
    private int _nDegreeCalls;
    private int _permutations;

    private RdfCanonicalizer(RdfcOptions options, CancellationToken cancellationToken)
    {
        _options = options;
        _cancellationToken = cancellationToken;
        _lines = _cachedLines ?? new Utf8Lines();
        _cachedLines = null;
    }

    /// <summary>Canonicalizes a dataset. Duplicate quads are removed.</summary>
    /// <exception cref="CanonicalizationException">The dataset exceeds the work limits in <paramref name="options"/>.</exception>
    public static RdfcResult Canonicalize(IEnumerable<RdfQuad> dataset, RdfcOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var canonicalizer = new RdfCanonicalizer(options ?? RdfcOptions.Default, cancellationToken);
        try
        {
            canonicalizer.WriteCanonicalLines(dataset);
            return new RdfcResult(canonicalizer._lines.SortAndJoinDistinct(), canonicalizer._canonicalIssuer.Issued);
        }
        finally
        {
            canonicalizer.ReleaseLines();
        }
    }

    /// <summary>
    /// Canonicalizes a dataset and writes the SHA-256 of its canonical N-Quads, hashed from a reused buffer: no
    /// text, no array and no blank node map is returned, which is all a signature needs.
    /// </summary>
    /// <exception cref="CanonicalizationException">The dataset exceeds the work limits in <paramref name="options"/>.</exception>
    public static void HashCanonical(IEnumerable<RdfQuad> dataset, RdfcOptions? options, Span<byte> sha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var canonicalizer = new RdfCanonicalizer(options ?? RdfcOptions.Default, cancellationToken);
        try
        {
            canonicalizer.WriteCanonicalLines(dataset);
            canonicalizer._lines.SortAndHashDistinct(sha256);
        }
        finally
        {
            canonicalizer.ReleaseLines();
        }
    }

    /// <summary>Keeps the (grown) line buffer for the next canonicalization on this thread, unless it became huge.</summary>
    private void ReleaseLines()
    {
        if (_lines.Capacity <= 1 << 20)
        {
            _lines.Clear();
            _cachedLines = _lines;
        }
    }

    /// <summary>Issues the canonical identifiers and writes the relabelled lines, unsorted, into <see cref="_lines"/>.</summary>
    private void WriteCanonicalLines(IEnumerable<RdfQuad> dataset)
    {
        var expected = dataset is ICollection<RdfQuad> collection ? collection.Count : 0;
        var quads = new List<RdfQuad>(expected);
        var seen = new HashSet<RdfQuad>();
        var blankNodes = new List<string>();
        foreach (var quad in dataset)
        {
            // Duplicates change blank node hashes, so quads with blank nodes are de-duplicated here. Duplicate
            // ground quads cannot affect any hash and become adjacent identical lines, dropped when writing.
            if (HasBlankNode(quad) && !seen.Add(quad))
            {
                continue;
            }

            quads.Add(quad);
            Register(quad.Subject, quad, blankNodes);
            Register(quad.Object, quad, blankNodes);
            if (quad.Graph is not null)
            {
                Register(quad.Graph, quad, blankNodes);
            }
        }

        IssueIdentifiers(blankNodes);
        WriteRelabelled(quads);
    }

    private static bool HasBlankNode(RdfQuad quad) =>
        quad.Subject.IsBlankNode || quad.Object.IsBlankNode || (quad.Graph is { IsBlankNode: true });

    private void Register(RdfTerm term, RdfQuad quad, List<string> blankNodes)
    {
        if (!term.IsBlankNode)
        {
            return;
        }

        if (!_quadsByBlankNode.TryGetValue(term.Value, out var list))
        {
            list = [];
            _quadsByBlankNode.Add(term.Value, list);
            blankNodes.Add(term.Value);
        }

        if (list.Count == 0 || !ReferenceEquals(list[^1], quad))
        {
            list.Add(quad);
        }
    }

    private void IssueIdentifiers(List<string> blankNodes)
    {
        var byHash = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var blankNode in blankNodes)
        {
            var hash = HashFirstDegreeQuads(blankNode);
            if (!byHash.TryGetValue(hash, out var sharing))
            {
                sharing = [];
                byHash.Add(hash, sharing);
            }

            sharing.Add(blankNode);
        }

        foreach (var (_, sharing) in byHash)
        {
            if (sharing.Count == 1)
            {
                _canonicalIssuer.Issue(sharing[0]);
            }
        }

        foreach (var (_, sharing) in byHash)
        {
            if (sharing.Count > 1)
            {
                IssueShared(sharing);
            }
        }
    }

    private void IssueShared(List<string> sharing)
    {
        var paths = new List<(string Hash, IdentifierIssuer Issuer, int Order)>(sharing.Count);
        foreach (var blankNode in sharing)
        {
            if (_canonicalIssuer.Contains(blankNode))
            {
                continue;
            }

            var temporary = new IdentifierIssuer("b");
            temporary.Issue(blankNode);
            var (hash, issuer) = HashNDegreeQuads(blankNode, temporary, depth: 1);
            paths.Add((hash, issuer, paths.Count));
        }

        paths.Sort(static (x, y) =>
        {
            var byHash = string.CompareOrdinal(x.Hash, y.Hash);
            return byHash != 0 ? byHash : x.Order.CompareTo(y.Order);
        });
        foreach (var path in paths)
        {
            foreach (var existing in path.Issuer.IssuedOrder)
            {
                _canonicalIssuer.Issue(existing);
            }
        }
    }

    private string HashFirstDegreeQuads(string blankNode)
    {
        if (_firstDegreeHashes.TryGetValue(blankNode, out var cached))
        {
            return cached;
        }

        var quads = _quadsByBlankNode[blankNode];
        _lines.Clear();
        foreach (var quad in quads)
        {
            NQuadsUtf8Writer.AppendQuad(_lines, quad.Subject, quad.Predicate, quad.Object, quad.Graph, blankNode);
        }

        var hash = _lines.SortAndHash(_options.HashAlgorithm);

        _firstDegreeHashes.Add(blankNode, hash);
        return hash;
    }

    private void WriteRelabelled(List<RdfQuad> quads)
    {
        _lines.Clear();
        foreach (var quad in quads)
        {
            NQuadsUtf8Writer.AppendQuad(_lines, Relabel(quad.Subject), quad.Predicate, Relabel(quad.Object), quad.Graph is null ? null : Relabel(quad.Graph));
        }

    }

    private RdfTerm Relabel(RdfTerm term)
    {
        if (!term.IsBlankNode)
        {
            return term;
        }

        if (!_canonicalTerms.TryGetValue(term.Value, out var canonical))
        {
            canonical = RdfTerm.BlankNode(_canonicalIssuer.Issue(term.Value));
            _canonicalTerms.Add(term.Value, canonical);
        }

        return canonical;
    }
}
