namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>One web service function granted to the token's external service.</summary>
internal sealed record SiteFunction(string Name, string? Version);
