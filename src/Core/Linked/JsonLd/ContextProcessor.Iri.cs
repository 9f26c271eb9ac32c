namespace Insignia.Core.Linked.JsonLd;

/// <summary>IRI Expansion (JSON-LD 1.1 API 5.2.2), including terms still being defined in a local context.</summary>
internal sealed partial class ContextProcessor
{
    public string? ExpandIri(ActiveContext active, string? value, bool documentRelative = false, bool vocab = false, TermCreation? creation = null)
    {
        if (value is null || Keywords.IsKeyword(value))
        {
            return value;
        }

        if (Keywords.HasKeywordForm(value))
        {
            return null;
        }

        if (creation is not null && creation.LocalContext.ContainsKey(value) && !creation.Defined.GetValueOrDefault(value))
        {
            CreateTermDefinition(creation, value);
        }

        if (active.Terms.TryGetValue(value, out var definition))
        {
            if (Keywords.IsKeyword(definition.IriMapping))
            {
                return definition.IriMapping;
            }

            if (vocab)
            {
                return definition.IriMapping;
            }
        }

        var colon = value.Length > 1 ? value.IndexOf(':', 1) : -1;
        if (colon > 0)
        {
            var prefix = value[..colon];
            if (prefix == "_" || value.AsSpan(colon + 1).StartsWith("//"))
            {
                return value;
            }

            if (creation is not null && creation.LocalContext.ContainsKey(prefix) && !creation.Defined.GetValueOrDefault(prefix))
            {
                CreateTermDefinition(creation, prefix);
            }

            if (active.Terms.TryGetValue(prefix, out var prefixDefinition) && prefixDefinition.IriMapping is not null && prefixDefinition.Prefix)
            {
                return string.Concat(prefixDefinition.IriMapping, value.AsSpan(colon + 1));
            }

            if (IriResolver.IsAbsolute(value))
            {
                return value;
            }
        }

        if (vocab && active.Vocab is not null)
        {
            return active.Vocab + value;
        }

        return documentRelative ? IriResolver.Resolve(active.BaseIri, value) : value;
    }
}
