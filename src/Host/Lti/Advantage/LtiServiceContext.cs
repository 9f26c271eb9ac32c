using Insignia.Core.Ports;
using Insignia.Host.Lti.Registrations;
using Insignia.Host.Persistence.Entities;

namespace Insignia.Host.Lti.Advantage;

/// <summary>Finds the registration and the remembered service URLs behind an LTI course key.</summary>
internal sealed class LtiServiceContext(LtiPlatformStore platforms, LtiContextStore contexts)
{
    public async Task<(LtiPlatform Platform, LtiContextEntity Context)> FindAsync(string platformName, string contextId, CancellationToken cancellationToken)
    {
        var platform = await platforms.FindByNameAsync(platformName, cancellationToken)
            ?? throw new EvidenceSourceException($"No LTI registration is named '{platformName}'. See 'platform list'.") { Platform = PlatformKind.LtiAdvantage, Code = "unknown_platform" };
        var context = await contexts.FindAsync(platformName, contextId, cancellationToken)
            ?? throw new EvidenceSourceException($"Course '{contextId}' of '{platformName}' has not been launched yet: open Insignia once from the course so the platform shares its service URLs.") { Platform = PlatformKind.LtiAdvantage, Code = "no_service_url" };
        return (platform, context);
    }
}
