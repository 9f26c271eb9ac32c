namespace Insignia.Core.Linked.JsonLd;

/// <summary>Create Term Definition steps 16 to 20: the IRI mapping of a (non-reverse) term.</summary>
internal sealed partial class ContextProcessor
{
    private const string GenDelims = ":/?#[]@";

    private bool DefineIriMapping(TermCreation creation, string term, Dictionary<string, object?> map, bool simpleTerm, TermDefinition definition)
    {
        var active = creation.Active;
        if (map.TryGetValue(Keywords.Id, out var idValue) && !Equals(idValue, term))
        {
            if (idValue is null)
            {
                return true;
            }

            if (idValue is not string id)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidIriMapping, $"@id of \"{term}\" must be a string.");
            }

            if (!Keywords.IsKeyword(id) && Keywords.HasKeywordForm(id))
            {
                return false;
            }

            var iri = ExpandIri(active, id, vocab: true, creation: creation);
            if (iri is null || (!Keywords.IsKeyword(iri) && !iri.Contains(':', StringComparison.Ordinal)))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidIriMapping, $"@id \"{id}\" of \"{term}\" does not expand to an IRI, blank node or keyword.");
            }

            if (iri == Keywords.Context)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidKeywordAlias, "@context cannot be aliased.");
            }

            definition.IriMapping = iri;
            var innerColon = term.IndexOf(':', 1) is var c && c > 0 && c < term.Length - 1;
            if (innerColon || term.Contains('/', StringComparison.Ordinal))
            {
                creation.Defined[term] = true;
                if (ExpandIri(active, term, vocab: true, creation: creation) != iri)
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidIriMapping, $"The term \"{term}\" looks like an IRI but maps to a different IRI.");
                }
            }
            else if (simpleTerm && !term.Contains(':', StringComparison.Ordinal)
                && (iri.StartsWith("_:", StringComparison.Ordinal) || GenDelims.Contains(iri[^1], StringComparison.Ordinal)))
            {
                definition.Prefix = true;
            }

            return true;
        }

        var colon = term.IndexOf(':', 1);
        if (colon > 0)
        {
            var prefix = term[..colon];
            if (creation.LocalContext.ContainsKey(prefix))
            {
                CreateTermDefinition(creation, prefix);
            }

            definition.IriMapping = active.Terms.TryGetValue(prefix, out var prefixDefinition) && prefixDefinition.IriMapping is not null
                ? string.Concat(prefixDefinition.IriMapping, term.AsSpan(colon + 1))
                : term;
        }
        else if (term.Contains('/', StringComparison.Ordinal))
        {
            var iri = ExpandIri(active, term, vocab: true);
            definition.IriMapping = iri is not null && IriResolver.IsAbsolute(iri)
                ? iri
                : throw new JsonLdException(JsonLdErrorCode.InvalidIriMapping, $"The term \"{term}\" does not expand to an IRI.");
        }
        else if (term == Keywords.Type)
        {
            definition.IriMapping = Keywords.Type;
        }
        else
        {
            definition.IriMapping = active.Vocab is not null
                ? active.Vocab + term
                : throw new JsonLdException(JsonLdErrorCode.InvalidIriMapping, $"The term \"{term}\" has no @id and there is no @vocab to expand it with.");
        }

        return true;
    }
}
