namespace Insignia.Core.Linked.JsonLd;

/// <summary>How toRdf represents a string's base direction (the JSON-LD rdfDirection option).</summary>
internal enum RdfDirectionMode
{
    /// <summary>Drop the direction (the default).</summary>
    None,

    /// <summary>Datatype https://www.w3.org/ns/i18n#{language}_{direction}.</summary>
    I18nDatatype,

    /// <summary>A blank node with rdf:value, rdf:language and rdf:direction.</summary>
    CompoundLiteral,
}
