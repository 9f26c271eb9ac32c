namespace Insignia.Host.Issuer.ObApi;

/// <summary>The claims of a learner access token for the OB 3.0 API.</summary>
/// <param name="LearnerId">The learner the token reads for.</param>
/// <param name="Scopes">The OB 3.0 scopes granted.</param>
/// <param name="ExpiresAt">When the token stops being accepted.</param>
internal sealed record ObApiToken(Guid LearnerId, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt);
