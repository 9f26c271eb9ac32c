namespace Insignia.Core.Linked.Rdf;

/// <summary>Shared instances of the IRI terms toRdf emits for every node and list.</summary>
internal static class RdfTerms
{
    public static readonly RdfTerm Type = RdfTerm.Iri(RdfVocabulary.Type);
    public static readonly RdfTerm First = RdfTerm.Iri(RdfVocabulary.First);
    public static readonly RdfTerm Rest = RdfTerm.Iri(RdfVocabulary.Rest);
    public static readonly RdfTerm Nil = RdfTerm.Iri(RdfVocabulary.Nil);
}
