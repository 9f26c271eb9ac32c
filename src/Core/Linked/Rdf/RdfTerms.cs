namespace Insignia.Core.Linked.Rdf;

/// <summary>Shared instances of the IRI terms toRdf emits for every node and list.</summary>
internal static class RdfTerms
{
    public static readonly RdfTerm Type = RdfTerm.SharedIri(RdfVocabulary.Type);
    public static readonly RdfTerm First = RdfTerm.SharedIri(RdfVocabulary.First);
    public static readonly RdfTerm Rest = RdfTerm.SharedIri(RdfVocabulary.Rest);
    public static readonly RdfTerm Nil = RdfTerm.SharedIri(RdfVocabulary.Nil);
}
