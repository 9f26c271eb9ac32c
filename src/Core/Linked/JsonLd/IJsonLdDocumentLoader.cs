namespace Insignia.Core.Linked.JsonLd;

/// <summary>Loads a remote JSON-LD document (in practice a context) without network access.</summary>
internal interface IJsonLdDocumentLoader
{
    /// <summary>Returns the document for an absolute URL.</summary>
    /// <exception cref="JsonLdException">The URL is not available (<see cref="JsonLdErrorCode.LoadingRemoteContextFailed"/>).</exception>
    RemoteDocument Load(string url);
}
