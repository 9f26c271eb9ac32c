using Insignia.Core.Ports;
using Microsoft.Extensions.Options;

namespace Insignia.Host.Lti.Keys;

/// <summary>
/// GET /.well-known/jwks.json: the tool's active RSA key and the keys retired within
/// <see cref="LtiToolOptions.RetiredKeyRetention"/> (long enough for every token they signed to have expired).
/// </summary>
internal sealed class ToolJwks(IKeyStore keys, IOptions<LtiToolOptions> options, TimeProvider time)
{
    public async Task<IResult> HandleAsync(CancellationToken cancellationToken)
    {
        await keys.GetActiveKeyAsync(SigningCredentialsCache.ToolOwner, SigningAlgorithm.Rsa, cancellationToken);
        var cutoff = time.GetUtcNow() - options.Value.RetiredKeyRetention;
        var published = (await keys.ListPublicKeysAsync(SigningCredentialsCache.ToolOwner, cancellationToken))
            .Where(k => k.RetiredAt is null || k.RetiredAt > cutoff);
        return TypedResults.Json(RsaJwk.ToJwks(published), contentType: "application/json");
    }
}
