namespace Insignia.Core.Linked;

/// <summary>
/// RDFC-1.0 refused a dataset: canonicalizing it would exceed the configured work limits (a "poison" graph of
/// many interchangeable blank nodes), so it was stopped rather than left to run for a very long time.
/// </summary>
internal sealed class CanonicalizationException : Exception
{
    public CanonicalizationException()
        : base("The RDF dataset could not be canonicalized.")
    {
    }

    public CanonicalizationException(string message)
        : base(message)
    {
    }

    public CanonicalizationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
