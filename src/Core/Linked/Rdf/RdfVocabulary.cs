namespace Insignia.Core.Linked.Rdf;

/// <summary>IRIs of the RDF and XSD terms the JSON-LD and canonicalization algorithms produce.</summary>
internal static class RdfVocabulary
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string Type = Rdf + "type";
    public const string First = Rdf + "first";
    public const string Rest = Rdf + "rest";
    public const string Nil = Rdf + "nil";
    public const string Value = Rdf + "value";
    public const string Direction = Rdf + "direction";
    public const string Language = Rdf + "language";
    public const string LangString = Rdf + "langString";
    public const string Json = Rdf + "JSON";
    public const string I18nBase = "https://www.w3.org/ns/i18n#";
    public const string XsdString = Xsd + "string";
    public const string XsdBoolean = Xsd + "boolean";
    public const string XsdInteger = Xsd + "integer";
    public const string XsdDouble = Xsd + "double";
}
