using Insignia.Core.Proofs.Jwt;
using Insignia.Core.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Insignia.Core.Proofs;

/// <summary>Registers the proof signers and verifiers; safe to call more than once.</summary>
internal static class ProofsServiceCollectionExtensions
{
    /// <summary>
    /// Adds eddsa-rdfc-2022 and VC-JWT signing and verification. The host registers the
    /// <see cref="IKeyDocumentLoader"/> that fetches did:web and https key documents (serving its own locally).
    /// </summary>
    public static IServiceCollection AddInsigniaProofs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(CredentialVerificationOptions.Default);
        services.TryAddSingleton<IRdfCanonicalizer>(RdfCanonicalizer.Instance);
        services.TryAddSingleton<IVerificationMethodResolver, VerificationMethodResolver>();
        services.TryAddSingleton<EddsaRdfc2022Signer>();
        services.TryAddSingleton<DataIntegrityVerifier>();
        services.TryAddSingleton<VcJwtSigner>();
        services.TryAddSingleton<VcJwtVerifier>();
        services.TryAddSingleton<CredentialVerifier>();
        services.TryAddSingleton<BitstringStatusChecker>();
        return services;
    }
}
