namespace Insignia.Host.Lti.Launch;

/// <summary>Remembers used launch nonces until they expire, so a token cannot be replayed.</summary>
internal interface INonceStore
{
    /// <summary>Marks a nonce used; returns <see langword="false"/> when it was already used.</summary>
    ValueTask<bool> TryConsumeAsync(string platform, string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
