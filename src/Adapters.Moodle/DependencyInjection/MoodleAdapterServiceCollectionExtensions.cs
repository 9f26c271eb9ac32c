using Insignia.Adapters.Moodle;
using Insignia.Adapters.Moodle.Catalog;
using Insignia.Adapters.Moodle.Http;
using Insignia.Adapters.Moodle.Probe;
using Insignia.Adapters.Moodle.Roster;
using Insignia.Adapters.Moodle.Sessions;
using Insignia.Adapters.Moodle.Sync;
using Insignia.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Moodle adapter.</summary>
public static class MoodleAdapterServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Moodle adapter: <see cref="IEvidenceSource"/>, <see cref="ICatalogSource"/>, <see cref="IRosterSource"/>
    /// and <see cref="IConnectionProbe"/> keyed by <see cref="PlatformKind.Moodle"/>, over a resilient HttpClient.
    /// Calling it twice is harmless. The host must register an <see cref="ISecretStore"/> (singleton or scoped);
    /// the ports are scoped, so resolve them from a scope.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration section of <see cref="MoodleAdapterOptions"/> (usually <c>Moodle</c>).</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddMoodleAdapter(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        if (services.Any(d => d.ServiceType == typeof(MoodleAdapterMarker)))
        {
            return services; // AddHttpClient and AddResilienceHandler add on every call
        }

        services.AddSingleton<MoodleAdapterMarker>();
        services.AddOptions<MoodleAdapterOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MoodleAdapterOptions>, MoodleAdapterOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MoodleAdapterOptions>, MoodleAdapterOptionsConsistency>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        services.TryAddSingleton<MoodleSiteLimiter>();
        services.TryAddTransient<MoodleConcurrencyHandler>();
        services.TryAddSingleton<MoodleApiFactory>();
        services.TryAddSingleton<MoodleIssuedTokens>();
        services.TryAddScoped<MoodleTokenProvider>(); // the host's ISecretStore may be scoped (database-backed)
        services.TryAddScoped<MoodleSessionFactory>();
        services.TryAddSingleton<MoodleRosterReader>();
        services.TryAddSingleton<MoodleCourseLoader>();
        services.TryAddSingleton<MoodleCatalogGradebook>();

        services.AddHttpClient(MoodleApiFactory.HttpClientName)
            .AddHttpMessageHandler<MoodleConcurrencyHandler>()
            .AddResilienceHandler(MoodleResilience.PipelineName, MoodleResilience.Configure)
            .SelectPipelineByAuthority();

        services.TryAddKeyedScoped<IEvidenceSource, MoodleEvidenceSource>(PlatformKind.Moodle);
        services.TryAddKeyedScoped<ICatalogSource, MoodleCatalogSource>(PlatformKind.Moodle);
        services.TryAddKeyedScoped<IRosterSource, MoodleRosterSource>(PlatformKind.Moodle);
        services.TryAddKeyedScoped<IConnectionProbe, MoodleConnectionProbe>(PlatformKind.Moodle);
        return services;
    }
}
