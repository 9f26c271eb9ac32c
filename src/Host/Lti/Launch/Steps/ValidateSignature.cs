using Insignia.Host.Lti.Keys;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Insignia.Host.Lti.Launch.Steps;

/// <summary>Verifies the RS256 signature with the platform's published key; refuses none, HS* and keys of the wrong type.</summary>
internal sealed class ValidateSignature(PlatformKeyCache keys) : ILaunchValidationStep
{
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    public int Order => LaunchStepOrder.ValidateSignature;

    public async ValueTask ExecuteAsync(LaunchValidationContext context, CancellationToken cancellationToken)
    {
        var token = context.Token;
        if (!string.Equals(token.Alg, SecurityAlgorithms.RsaSha256, StringComparison.Ordinal))
        {
            context.Reject(LaunchErrors.UnsupportedAlgorithm, $"The id_token is signed with '{token.Alg}'; LTI 1.3 requires RS256.");
            return;
        }

        var lookup = await keys.FindAsync(context.Platform.JwksUrl, string.IsNullOrEmpty(token.Kid) ? null : token.Kid, cancellationToken);
        if (lookup.Key is null)
        {
            context.Reject(lookup.ErrorCode!, lookup.Description!);
            return;
        }

        var result = await Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = lookup.Key,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            RequireSignedTokens = true,
            TryAllIssuerSigningKeys = false,
        });
        if (!result.IsValid)
        {
            context.Reject(LaunchErrors.BadSignature, "The id_token's signature does not verify with the platform's published key.");
        }
    }
}
