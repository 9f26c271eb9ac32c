namespace Insignia.Core.Ports;

/// <summary>Keeps connection secrets (tokens, client secrets) encrypted at rest.</summary>
public interface ISecretStore
{
    /// <summary>Reads a secret.</summary>
    /// <param name="reference">The secret's name, as held in <see cref="SourceConnection.SecretReference"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The secret, or <see langword="null"/> when no secret has that name.</returns>
    ValueTask<string?> GetAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Stores or replaces a secret.</summary>
    /// <param name="reference">The secret's name.</param>
    /// <param name="secret">The secret value.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the secret is stored.</returns>
    ValueTask SetAsync(string reference, string secret, CancellationToken cancellationToken);
}
