using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs;

/// <summary>
/// Fetches the JSON document behind an https URL: a DID document (did:web), a controller document, a single
/// verification method or a JWK. The Host serves its own documents locally; tests use an in-memory map.
/// </summary>
internal interface IKeyDocumentLoader
{
    /// <returns>The document, or <see langword="null"/> when it does not exist or could not be fetched.</returns>
    ValueTask<JsonObject?> LoadAsync(Uri documentUrl, CancellationToken cancellationToken);
}
