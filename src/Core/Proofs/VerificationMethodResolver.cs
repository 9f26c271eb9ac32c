namespace Insignia.Core.Proofs;

/// <summary>Resolves did:key locally and did:web / https verification methods through an <see cref="IKeyDocumentLoader"/>.</summary>
internal sealed class VerificationMethodResolver(IKeyDocumentLoader loader) : IVerificationMethodResolver
{
    public async ValueTask<VerificationMethodResolution> ResolveAsync(string verificationMethodId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verificationMethodId);
        if (verificationMethodId.StartsWith(DidKeyResolver.MethodPrefix, StringComparison.Ordinal))
        {
            return DidKeyResolver.Resolve(verificationMethodId);
        }

        var documentUrl = DocumentUrl(verificationMethodId);
        if (documentUrl is null)
        {
            return VerificationMethodResolution.Failed(
                ProofErrors.UnsupportedVerificationMethod,
                $"'{verificationMethodId}' is not a did:key, did:web or https URL.");
        }

        var document = await loader.LoadAsync(documentUrl, cancellationToken).ConfigureAwait(false);
        return document is null
            ? VerificationMethodResolution.Failed(ProofErrors.VerificationMethodNotFound, $"No key document could be loaded from {documentUrl}.")
            : ControllerDocumentLookup.Find(document, verificationMethodId.Split('#', 2)[0], verificationMethodId);
    }

    private static Uri? DocumentUrl(string verificationMethodId)
    {
        var withoutFragment = verificationMethodId.Split('#', 2)[0];
        if (withoutFragment.StartsWith(DidWeb.MethodPrefix, StringComparison.Ordinal))
        {
            return DidWeb.DocumentUrl(withoutFragment);
        }

        return Uri.TryCreate(withoutFragment, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps ? url : null;
    }
}
