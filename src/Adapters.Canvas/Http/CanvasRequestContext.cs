using Insignia.Core.Ports;

namespace Insignia.Adapters.Canvas.Http;

/// <summary>
/// What the shared handler pipeline needs to know about the connection a request belongs to. One instance per
/// client (one sync or catalog call); the token is read from the secret store once and kept only here.
/// </summary>
internal sealed class CanvasRequestContext(SourceConnection connection, CanvasRateLimitGate gate)
{
    public static readonly HttpRequestOptionsKey<CanvasRequestContext> Key = new("Insignia.Canvas.Context");

    private volatile string? _token;

    public SourceConnection Connection { get; } = connection;

    public CanvasRateLimitGate Gate { get; } = gate;

    public static CanvasRequestContext From(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var context)
            ? context
            : throw new InvalidOperationException("A Canvas request was sent without its connection context; use CanvasClientFactory.");

    public async ValueTask<string> GetTokenAsync(ISecretStore secrets, CancellationToken cancellationToken)
    {
        // Concurrent first requests may each read the store once; the value is the same.
        return _token ??= await ReadTokenAsync(secrets, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<string> ReadTokenAsync(ISecretStore secrets, CancellationToken cancellationToken)
    {
        var reference = Connection.SecretReference;
        var token = string.IsNullOrWhiteSpace(reference)
            ? null
            : await secrets.GetAsync(reference, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(token)
            ? throw new EvidenceSourceException(
                $"Canvas connection '{Connection.Name}' has no access token: store one in the secret store under " +
                $"'{reference ?? "(no secret reference set)"}' and set the connection's secret reference to that name.")
            {
                Platform = PlatformKind.Canvas,
                Code = CanvasErrors.MissingSecret,
            }
            : token.Trim();
    }
}
