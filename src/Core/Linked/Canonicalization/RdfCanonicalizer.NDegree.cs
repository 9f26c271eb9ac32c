using System.Globalization;
using System.Text;
using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Linked.Canonicalization;

/// <summary>Hash N-Degree Quads (RDFC-1.0 section 4.8) with the work limits that stop poison graphs.</summary>
internal sealed partial class RdfCanonicalizer
{
    private (string Hash, IdentifierIssuer Issuer) HashNDegreeQuads(string identifier, IdentifierIssuer issuer, int depth)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (++_nDegreeCalls > _options.MaxHashNDegreeQuadsCalls)
        {
            throw Limit($"more than {_options.MaxHashNDegreeQuadsCalls.ToString(CultureInfo.InvariantCulture)} Hash N-Degree Quads calls");
        }

        if (depth > _options.MaxRecursionDepth)
        {
            throw Limit($"Hash N-Degree Quads nested deeper than {_options.MaxRecursionDepth.ToString(CultureInfo.InvariantCulture)}");
        }

        var relatedByHash = CollectRelated(identifier, issuer);
        var dataToHash = new StringBuilder();
        foreach (var (relatedHash, related) in relatedByHash)
        {
            dataToHash.Append(relatedHash);
            string? chosenPath = null;
            IdentifierIssuer? chosenIssuer = null;
            var permutation = new Permutation(related.Count);
            do
            {
                if (++_permutations > _options.MaxPermutations)
                {
                    throw Limit($"more than {_options.MaxPermutations.ToString(CultureInfo.InvariantCulture)} blank node permutations");
                }

                var candidate = TryPath(related, permutation.Indices, issuer, chosenPath, depth);
                if (candidate is { } found && (chosenPath is null || string.CompareOrdinal(found.Path, chosenPath) < 0))
                {
                    chosenPath = found.Path;
                    chosenIssuer = found.Issuer;
                }
            }
            while (permutation.MoveNext());

            dataToHash.Append(chosenPath);
            issuer = chosenIssuer!;
        }

        return (RdfcHasher.Hash(_options.HashAlgorithm, dataToHash.ToString()), issuer);
    }

    private (string Path, IdentifierIssuer Issuer)? TryPath(
        List<string> related, int[] order, IdentifierIssuer issuer, string? chosenPath, int depth)
    {
        var issuerCopy = issuer.Copy();
        var path = new StringBuilder();
        List<string>? recursionList = null;
        foreach (var index in order)
        {
            var node = related[index];
            if (_canonicalIssuer.TryGet(node, out var canonical))
            {
                path.Append("_:").Append(canonical);
            }
            else
            {
                if (!issuerCopy.Contains(node))
                {
                    (recursionList ??= []).Add(node);
                }

                path.Append("_:").Append(issuerCopy.Issue(node));
            }

            if (IsWorse(path, chosenPath))
            {
                return null;
            }
        }

        if (recursionList is not null)
        {
            foreach (var node in recursionList)
            {
                var result = HashNDegreeQuads(node, issuerCopy, depth + 1);
                path.Append("_:").Append(issuerCopy.Issue(node));
                path.Append('<').Append(result.Hash).Append('>');
                issuerCopy = result.Issuer;
                if (IsWorse(path, chosenPath))
                {
                    return null;
                }
            }
        }

        return (path.ToString(), issuerCopy);
    }

    private static bool IsWorse(StringBuilder path, string? chosenPath) =>
        chosenPath is not null && path.Length >= chosenPath.Length && string.CompareOrdinal(path.ToString(), chosenPath) > 0;

    private SortedDictionary<string, List<string>> CollectRelated(string identifier, IdentifierIssuer issuer)
    {
        var relatedByHash = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var quad in _quadsByBlankNode[identifier])
        {
            AddRelated(relatedByHash, identifier, quad.Subject, quad, issuer, 's');
            AddRelated(relatedByHash, identifier, quad.Object, quad, issuer, 'o');
            if (quad.Graph is not null)
            {
                AddRelated(relatedByHash, identifier, quad.Graph, quad, issuer, 'g');
            }
        }

        return relatedByHash;
    }

    private void AddRelated(
        SortedDictionary<string, List<string>> relatedByHash, string identifier, RdfTerm component, RdfQuad quad, IdentifierIssuer issuer, char position)
    {
        if (!component.IsBlankNode || component.Value == identifier)
        {
            return;
        }

        var hash = HashRelatedBlankNode(component.Value, quad, issuer, position);
        if (!relatedByHash.TryGetValue(hash, out var list))
        {
            list = [];
            relatedByHash.Add(hash, list);
        }

        list.Add(component.Value);
    }

    private string HashRelatedBlankNode(string related, RdfQuad quad, IdentifierIssuer issuer, char position)
    {
        var input = new StringBuilder().Append(position);
        if (position != 'g')
        {
            input.Append('<').Append(quad.Predicate.Value).Append('>');
        }

        if (_canonicalIssuer.TryGet(related, out var identifier) || issuer.TryGet(related, out identifier))
        {
            input.Append("_:").Append(identifier);
        }
        else
        {
            input.Append(HashFirstDegreeQuads(related));
        }

        return RdfcHasher.Hash(_options.HashAlgorithm, input.ToString());
    }

    private static CanonicalizationException Limit(string what) =>
        new($"RDF canonicalization stopped: the dataset needs {what}. Its blank nodes are too interchangeable to label in bounded time; refuse it or raise the RDFC limits deliberately.");
}
