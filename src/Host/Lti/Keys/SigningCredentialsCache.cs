using System.Collections.Concurrent;
using Insignia.Core.Ports;
using Microsoft.IdentityModel.Tokens;

namespace Insignia.Host.Lti.Keys;

/// <summary>Keeps imported RSA signing keys by key id, so each private key is decrypted and imported once per process.</summary>
internal sealed class SigningCredentialsCache
{
    public const string ToolOwner = "lti-tool";

    private readonly ConcurrentDictionary<string, SigningCredentials> _byKeyId = new(StringComparer.Ordinal);

    public async ValueTask<SigningCredentials> GetAsync(IKeyStore keys, string owner, CancellationToken cancellationToken)
    {
        var pair = await keys.GetActiveKeyAsync(owner, SigningAlgorithm.Rsa, cancellationToken);
        return _byKeyId.GetOrAdd(pair.Public.KeyId, _ => RsaJwk.ToSigningCredentials(pair));
    }
}
