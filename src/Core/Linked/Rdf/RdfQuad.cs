namespace Insignia.Core.Linked.Rdf;

/// <summary>An RDF quad; <see cref="Graph"/> is null for the default graph.</summary>
internal sealed record RdfQuad(RdfTerm Subject, RdfTerm Predicate, RdfTerm Object, RdfTerm? Graph);
