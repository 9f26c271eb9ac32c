using Insignia.Adapters.Canvas;
using Insignia.Adapters.Canvas.Catalog;
using Insignia.Adapters.Canvas.Configuration;
using Insignia.Adapters.Canvas.Http;
using Insignia.Adapters.Canvas.Sync;
using Insignia.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Canvas LMS adapter.</summary>
public static class CanvasServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Canvas adapter: <see cref="IEvidenceSource"/>, <see cref="ICatalogSource"/>, <see cref="IRosterSource"/>
    /// and <see cref="IConnectionProbe"/> as keyed services under <see cref="PlatformKind.Canvas"/>, over a Refit
    /// client with a bearer-token handler, a resilience pipeline and rate-limit pacing. Safe to call more than once.
    /// The host must register an <see cref="ISecretStore"/>; tokens are read from it by each connection's secret reference.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The <see cref="CanvasAdapterOptions.SectionName"/> section (validated at start).</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddCanvasAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(CanvasAdapterMarker)))
        {
            return services; // AddHttpClient and AddResilienceHandler add on every call
        }

        services.AddSingleton<CanvasAdapterMarker>();
        services.AddOptions<CanvasAdapterOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CanvasAdapterOptions>, CanvasAdapterOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CanvasAdapterOptions>, CanvasAdapterOptionsConsistency>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CanvasRateLimitRegistry>();
        services.TryAddSingleton<CanvasClientFactory>();
        services.TryAddTransient<CanvasTokenHandler>();
        services.TryAddTransient<CanvasRateLimitHandler>();

        services.TryAddKeyedScoped<IEvidenceSource, CanvasEvidenceSource>(PlatformKind.Canvas);
        services.TryAddKeyedScoped<ICatalogSource, CanvasCatalogSource>(PlatformKind.Canvas);
        services.TryAddKeyedScoped<IRosterSource, CanvasRosterSource>(PlatformKind.Canvas);
        services.TryAddKeyedScoped<IConnectionProbe, CanvasConnectionProbe>(PlatformKind.Canvas);

        // Outermost first: the token is added once per request, each retry attempt is paced by the rate-limit gate.
        services.AddHttpClient(CanvasConstants.HttpClientName)
            .AddHttpMessageHandler<CanvasTokenHandler>()
            .AddResilienceHandler(CanvasConstants.ResiliencePipelineName, CanvasResilience.Configure)
            .SelectPipelineByAuthority() // one circuit per Canvas host: one failing instance must not stop the others
            .Services.AddHttpClient(CanvasConstants.HttpClientName)
            .AddHttpMessageHandler<CanvasRateLimitHandler>();
        return services;
    }
}
