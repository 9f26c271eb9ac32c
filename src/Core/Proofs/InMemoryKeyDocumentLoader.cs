using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs;

/// <summary>Serves key documents from a map of URL to JSON; unknown URLs are not found. Never touches the network.</summary>
internal sealed class InMemoryKeyDocumentLoader(IReadOnlyDictionary<string, JsonObject> documents) : IKeyDocumentLoader
{
    public ValueTask<JsonObject?> LoadAsync(Uri documentUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentUrl);
        return ValueTask.FromResult(
            documents.TryGetValue(documentUrl.AbsoluteUri, out var document) ? (JsonObject)document.DeepClone() : null);
    }
}
