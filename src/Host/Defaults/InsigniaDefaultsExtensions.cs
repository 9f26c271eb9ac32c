using Insignia.Host.Evaluation;
using Insignia.Host.Persistence;
using Insignia.Host.Web;
using Microsoft.AspNetCore.DataProtection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Host-wide defaults: time, problem details, health checks and Data Protection.</summary>
internal static class InsigniaDefaultsExtensions
{
    public static IHostApplicationBuilder AddInsigniaDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddInsigniaPersistence(builder.Configuration); // first: its migrator must run before Data Protection loads its key ring
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => DecisionJson.Configure(o.SerializerOptions));
        builder.Services.AddInsigniaAdminAuthorization(builder.Configuration);
        builder.Services.AddHealthChecks().AddDbContextCheck<InsigniaDbContext>("database");
        builder.Services.AddDataProtection()
            .SetApplicationName("Insignia")
            .PersistKeysToDbContext<InsigniaDbContext>();
        return builder;
    }
}
