namespace Insignia.Core.Linked.Rdf;

/// <summary>The three kinds of RDF term.</summary>
internal enum RdfTermKind
{
    Iri,
    BlankNode,
    Literal,
}
