namespace Insignia.Core.Linked;

/// <summary>A JSON-LD document or context was rejected; <see cref="Code"/> is the W3C error code.</summary>
internal sealed class JsonLdException : Exception
{
    public JsonLdException()
        : this(JsonLdErrorCode.InvalidLocalContext, "The JSON-LD document is invalid.")
    {
    }

    public JsonLdException(string message)
        : this(JsonLdErrorCode.InvalidLocalContext, message)
    {
    }

    public JsonLdException(string message, Exception? innerException)
        : this(JsonLdErrorCode.InvalidLocalContext, message, innerException)
    {
    }

    public JsonLdException(JsonLdErrorCode code, string message, Exception? innerException = null)
        : base($"{code.ToSpecString()}: {message}", innerException)
    {
        Code = code;
    }

    /// <summary>Gets the error code.</summary>
    public JsonLdErrorCode Code { get; }

    /// <summary>Gets the error code as the specification writes it ("invalid @id value").</summary>
    public string SpecCode => Code.ToSpecString();
}
