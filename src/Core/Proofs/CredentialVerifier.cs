using System.Text.Json;
using System.Text.Json.Nodes;
using Insignia.Core.Proofs.Jwt;

namespace Insignia.Core.Proofs;

/// <summary>
/// Verifies a credential as a person hands it over (for <c>credential verify</c> and the verify page): JSON with
/// embedded Data Integrity proof(s), or a compact VC-JWT.
/// </summary>
internal sealed class CredentialVerifier(DataIntegrityVerifier dataIntegrity, VcJwtVerifier jwt)
{
    /// <summary>Longest JSON credential accepted.</summary>
    public const int MaxCredentialLength = 4 * 1024 * 1024;

    public async ValueTask<CredentialVerificationResult> VerifyAsync(string credential, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var text = credential.Trim();
        if (!text.StartsWith('{'))
        {
            return await jwt.VerifyAsync(text, cancellationToken).ConfigureAwait(false);
        }

        var document = Parse(text);
        return document is null
            ? CredentialVerificationResult.Failed(new VerificationError(
                ProofErrors.MalformedCredential, "The credential is not a JSON object (or is larger than 4 MiB, or repeats a property)."))
            : await dataIntegrity.VerifyAsync(document, cancellationToken).ConfigureAwait(false);
    }

    private static JsonObject? Parse(string text)
    {
        if (text.Length > MaxCredentialLength)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 128 }) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
