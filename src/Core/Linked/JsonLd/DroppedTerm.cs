namespace Insignia.Core.Linked.JsonLd;

/// <summary>Something expansion would silently lose: a property, type or identifier that is not an absolute IRI.</summary>
/// <param name="Term">The key or value as written in the document.</param>
/// <param name="Reason">Why it would be lost.</param>
internal sealed record DroppedTerm(string Term, string Reason)
{
    public override string ToString() => $"\"{Term}\": {Reason}";
}
