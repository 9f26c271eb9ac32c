using Insignia.Core.Ports;
using Insignia.Host.Lti;
using Insignia.Host.Lti.Advantage;
using Insignia.Host.Lti.DeepLinking;
using Insignia.Host.Lti.DemoPlatform;
using Insignia.Host.Lti.Keys;
using Insignia.Host.Lti.Launch;
using Insignia.Host.Lti.Login;
using Insignia.Host.Lti.Registration;
using Insignia.Host.Lti.Registrations;
using Insignia.Host.Lti.Session;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the LTI 1.3 tool. Safe to call twice.</summary>
internal static class LtiToolServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddLtiTool(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(LtiToolMarker)))
        {
            return builder;
        }

        services.AddSingleton<LtiToolMarker>();
        services.AddOptions<LtiToolOptions>().BindConfiguration(LtiToolOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(HttpJwksSource.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan).AddLtiResilience(); // the pipeline owns timeouts
        services.TryAddSingleton<IJwksSource, HttpJwksSource>();
        services.TryAddSingleton<PlatformKeyCache>();
        services.TryAddScoped<INonceStore, DatabaseNonceStore>();
        services.TryAddSingleton<SigningCredentialsCache>();
        services.TryAddSingleton<LoginTicketProtector>();
        services.TryAddSingleton<LtiProtector>();
        services.TryAddScoped<LtiPlatformStore>();
        services.TryAddScoped<ILtiPlatformDirectory>(sp => sp.GetRequiredService<LtiPlatformStore>());
        services.TryAddScoped<LtiContextStore>();
        foreach (var step in LaunchValidationSteps.Default)
        {
            services.AddScoped(typeof(ILaunchValidationStep), step);
        }

        services.TryAddScoped<LaunchValidator>();
        services.TryAddScoped<LoginHandler>();
        services.TryAddScoped<LaunchHandler>();
        services.TryAddScoped<DeepLinkingPage>();
        services.TryAddScoped<DeepLinkingResponder>();
        services.TryAddScoped<CoursePages>();
        services.TryAddScoped<ToolJwks>();
        services.TryAddScoped<DynamicRegistrationHandler>();
        services.TryAddSingleton<LtiTokenClient>();
        services.TryAddScoped<LtiServiceHttp>();
        services.TryAddScoped<LtiServiceContext>();
        services.TryAddScoped<AgsClient>();
        services.TryAddScoped<NrpsClient>();
        services.TryAddScoped<BadgeScorePublisher>();
        services.TryAddSingleton<BadgeScoreQueue>();
        services.AddSingleton<Insignia.Host.Issuer.ICredentialIssuedSink>(sp => sp.GetRequiredService<BadgeScoreQueue>());
        services.TryAddScoped<IssuedBadgeScores>();
        services.AddHostedService<BadgeScoreWorker>();
        services.AddKeyedScoped<IRosterSource, LtiAdvantageRosterSource>(PlatformKind.LtiAdvantage);
        services.AddKeyedScoped<IEvidenceSource, LtiAdvantageEvidenceSource>(PlatformKind.LtiAdvantage);
        services.TryAddScoped<DemoPlatformAuthorization>();
        services.TryAddScoped<DemoPlatformTokens>();
        services.TryAddScoped<DemoPlatformServices>();
        services.TryAddSingleton<DemoGradebook>();
        services.AddHostedService<DemoPlatformSeeder>();
        return builder;
    }

    private sealed class LtiToolMarker;
}
