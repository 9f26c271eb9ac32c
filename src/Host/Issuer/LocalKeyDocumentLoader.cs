using System.Text.Json.Nodes;
using Insignia.Core.Proofs;

namespace Insignia.Host.Issuer;

/// <summary>
/// Serves this host's own did:web documents from the key store, without a network round trip. Other hosts'
/// documents are refused unless <see cref="IssuerOptions.AllowRemoteKeyDocuments"/> is on; then they are fetched
/// over https with a timeout and a size limit.
/// </summary>
internal sealed class LocalKeyDocumentLoader(IServiceScopeFactory scopes, IssuerDirectory directory, IHttpClientFactory http) : IKeyDocumentLoader
{
    public const string HttpClientName = "insignia-key-documents";

    public async ValueTask<JsonObject?> LoadAsync(Uri documentUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentUrl);
        if (LocalDid(documentUrl) is { } did)
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IssuerKeys>().ControllerDocumentAsync(did, cancellationToken);
        }

        return directory.Options.AllowRemoteKeyDocuments && documentUrl.Scheme == Uri.UriSchemeHttps
            ? await FetchAsync(documentUrl, cancellationToken)
            : null;
    }

    private string? LocalDid(Uri documentUrl)
    {
        var baseUrl = directory.BaseUrl;
        if (!string.Equals(documentUrl.Authority, baseUrl.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = documentUrl.AbsolutePath;
        if (path == baseUrl.AbsolutePath + ".well-known/did.json" || path == "/.well-known/did.json")
        {
            return directory.HostDid;
        }

        return path == baseUrl.AbsolutePath + $"issuers/{directory.IssuerId}/did.json" ? directory.IssuerDid : null;
    }

    private async Task<JsonObject?> FetchAsync(Uri documentUrl, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(directory.Options.RemoteFetchTimeout);
        try
        {
            using var client = http.CreateClient(HttpClientName);
            using var response = await client.GetAsync(documentUrl, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > directory.Options.RemoteMaxBytes)
            {
                return null;
            }

            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var limited = new MemoryStream();
            var buffer = new byte[8192];
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                if (limited.Length + read > directory.Options.RemoteMaxBytes)
                {
                    return null;
                }

                limited.Write(buffer, 0, read);
            }

            return JsonNode.Parse(limited.ToArray()) as JsonObject;
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }
}
