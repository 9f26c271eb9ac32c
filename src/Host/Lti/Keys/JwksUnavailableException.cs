namespace Insignia.Host.Lti.Keys;

/// <summary>A platform's JWKS could not be fetched or read.</summary>
internal sealed class JwksUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);
