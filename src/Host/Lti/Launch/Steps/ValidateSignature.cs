using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Insignia.Host.Lti.Keys;
using Microsoft.IdentityModel.Tokens;

namespace Insignia.Host.Lti.Launch.Steps;

/// <summary>Verifies the RS256 signature with the platform's published key; refuses none, HS* and keys of the wrong type.</summary>
internal sealed class ValidateSignature(PlatformKeyCache keys) : ILaunchValidationStep
{
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
        if (lookup.Key is not RsaSecurityKey { Rsa: { } rsa })
        {
            context.Reject(lookup.ErrorCode ?? LaunchErrors.WrongKeyType, lookup.Description ?? "The platform key is not an RSA key.");
            return;
        }

        if (!Verify(rsa, token.EncodedToken))
        {
            context.Reject(LaunchErrors.BadSignature, "The id_token's signature does not verify with the platform's published key.");
        }
    }

    /// <summary>RS256 over "header.payload" (RFC 7515 §5.2); the key object is shared and only verifies.</summary>
    private static bool Verify(RSA rsa, string jwt)
    {
        var lastDot = jwt.LastIndexOf('.');
        if (lastDot <= 0)
        {
            return false;
        }

        var signedLength = Encoding.ASCII.GetByteCount(jwt.AsSpan(0, lastDot));
        var signed = ArrayPool<byte>.Shared.Rent(signedLength);
        var signature = ArrayPool<byte>.Shared.Rent(Base64Url.GetMaxDecodedLength(jwt.Length - lastDot - 1));
        try
        {
            Encoding.ASCII.GetBytes(jwt.AsSpan(0, lastDot), signed);
            return Base64Url.TryDecodeFromChars(jwt.AsSpan(lastDot + 1), signature, out var signatureLength)
                && rsa.VerifyData(signed.AsSpan(0, signedLength), signature.AsSpan(0, signatureLength), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(signed);
            ArrayPool<byte>.Shared.Return(signature);
        }
    }
}
