namespace Insignia.Core.Ports;

/// <summary>
/// A configured connection to one platform instance. It names its secret (token, client secret) by reference;
/// adapters read the secret through <see cref="ISecretStore"/> so it never sits in options or logs.
/// </summary>
/// <param name="Name">Unique connection name, e.g. <c>moodle-uabc</c>.</param>
/// <param name="Kind">The platform kind, one of <see cref="PlatformKind"/>.</param>
/// <param name="BaseUrl">The platform's base URL.</param>
public sealed record SourceConnection(string Name, string Kind, Uri BaseUrl)
{
    /// <summary>Gets the name under which the connection's secret is kept in the <see cref="ISecretStore"/>.</summary>
    public string? SecretReference { get; init; }

    /// <summary>Gets adapter-specific, non-secret settings (service name, client id, page size).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
