using Insignia.Core.Ports;
using Insignia.Host.Demo;
using Insignia.Host.Registrar;
using Insignia.Host.Web.Insights;
using Insignia.Host.Web.Registrar;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the registrar's transcript workflow, its pages and the insights; the demo SIS is the default sink.</summary>
internal static class RegistrarServiceCollectionExtensions
{
    public static IServiceCollection AddInsigniaRegistrar(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(TranscriptSyncGate)))
        {
            return services;
        }

        services.AddSingleton<TranscriptSyncGate>();
        services.AddScoped<TranscriptEntryRecorder>();
        services.AddScoped<VerificationDays>();
        services.AddScoped<TranscriptReview>();
        services.AddScoped<TranscriptSync>();
        services.AddScoped<TranscriptQueries>();
        services.AddScoped<ReconciliationService>();
        services.AddSingleton<DemoSisSink>();
        services.TryAddSingleton<ITranscriptSink>(sp => sp.GetRequiredService<DemoSisSink>()); // a real OneRoster sink replaces this
        services.AddScoped<RegistrarUi>();
        services.AddScoped<InsightsQueries>();
        return services;
    }
}
