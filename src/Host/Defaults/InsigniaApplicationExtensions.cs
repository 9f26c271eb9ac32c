using Insignia.Core.Ports;
using Insignia.Core.Proofs;
using Insignia.Host.Connections;
using Insignia.Host.Definitions;
using Insignia.Host.Demo;
using Insignia.Host.Evaluation;
using Insignia.Host.Evidence;
using Insignia.Host.Learners;
using Insignia.Host.Security;
using Insignia.Host.Sync;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Insignia's application services: stores, evaluation, sync and the demo LMS.</summary>
internal static class InsigniaApplicationExtensions
{
    public static IHostApplicationBuilder AddInsigniaApplication(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ISecretStore, DataProtectionSecretStore>();
        services.AddScoped<IKeyStore, DataProtectionKeyStore>();
        services.AddScoped<ConnectionStore>();
        services.AddScoped<ConnectionTester>();
        services.AddScoped<EvidenceStore>();
        services.AddScoped<LearnerDirectory>();
        services.AddScoped<DefinitionStore>();
        services.AddScoped<HeldCredentials>();
        services.AddScoped<Insignia.Host.Issuer.IssuanceOutbox>(); // Met decisions enqueue issuance in the same save
        services.AddScoped<CourseEvaluationService>();
        services.AddScoped<SyncService>();
        services.AddScoped<Insignia.Host.Web.DemoPage>();
        services.AddInsigniaProofs();
        services.AddCourseUi();
        services.AddAdminUi();
        services.AddInsigniaRegistrar();
        services.AddInsigniaSyncJobs(builder.Configuration);
        services.AddCanvasAdapter(builder.Configuration.GetSection($"Insignia:{Insignia.Adapters.Canvas.Configuration.CanvasAdapterOptions.SectionName}"));
        services.AddMoodleAdapter(builder.Configuration.GetSection($"Insignia:Adapters:{Insignia.Adapters.Moodle.MoodleAdapterOptions.SectionName}"));
        services.AddOptions<DemoLmsOptions>().BindConfiguration(DemoLmsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DemoEvidenceSource>();
        services.AddKeyedSingleton<IEvidenceSource>(PlatformKind.Demo, (sp, _) => sp.GetRequiredService<DemoEvidenceSource>());
        services.AddKeyedSingleton<ICatalogSource>(PlatformKind.Demo, (sp, _) => sp.GetRequiredService<DemoEvidenceSource>());
        services.AddKeyedSingleton<IRosterSource>(PlatformKind.Demo, (sp, _) => sp.GetRequiredService<DemoEvidenceSource>());
        services.AddKeyedSingleton<IConnectionProbe>(PlatformKind.Demo, (sp, _) => sp.GetRequiredService<DemoEvidenceSource>());
        services.AddHostedService<DemoSeeder>();
        return builder;
    }
}
