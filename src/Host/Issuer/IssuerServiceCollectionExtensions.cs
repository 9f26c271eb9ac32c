using Insignia.Core.Proofs;
using Insignia.Host.Issuer;
using Insignia.Host.Issuer.ObApi;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the OB 3.0 issuer: profile and keys, outbox worker, status lists, revocation and verification.</summary>
internal static class IssuerServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddInsigniaIssuer(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(IssuerDirectory)))
        {
            return builder;
        }

        services.AddOptions<IssuerOptions>().BindConfiguration(IssuerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<IssuerOptions>, IssuerOptionsValidator>();
        services.AddOptions<IssuanceProcessorOptions>().BindConfiguration(IssuanceProcessorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddInsigniaProofs();
        services.AddSingleton<IssuerDirectory>();
        services.AddSingleton<StatusListPublisher>();
        services.AddSingleton<CredentialFactory>();
        services.Replace(ServiceDescriptor.Singleton<IKeyDocumentLoader, LocalKeyDocumentLoader>());
        services.AddHttpClient(LocalKeyDocumentLoader.HttpClientName);
        services.AddScoped<IssuerKeys>();
        services.TryAddScoped<IssuanceOutbox>();
        services.AddScoped<IssuanceProcessor>();
        services.AddScoped<CredentialRevocation>();
        services.AddScoped<CredentialQueries>();
        services.AddScoped<CredentialChecker>();
        services.AddScoped<StatusLists>();
        services.AddSingleton<ObApiTokens>();
        services.AddScoped<LearnerCredentials>();
        services.AddScoped<LearnerRecords>();
        services.AddHostedService<IssuanceWorker>();
        return builder;
    }
}
