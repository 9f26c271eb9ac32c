namespace Insignia.Core.Credentials;

/// <summary>A credential could not be built: the input is unusable or the JSON-LD would lose a term.</summary>
internal sealed class CredentialBuildException : Exception
{
    public CredentialBuildException()
    {
    }

    public CredentialBuildException(string message)
        : base(message)
    {
    }

    public CredentialBuildException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
