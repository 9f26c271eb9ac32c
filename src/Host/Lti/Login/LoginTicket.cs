namespace Insignia.Host.Lti.Login;

/// <summary>What the login step remembers in the browser (cookie or platform storage), protected with Data Protection.</summary>
/// <param name="State">The state sent to the platform.</param>
/// <param name="Nonce">The nonce sent to the platform; the id_token must carry it.</param>
/// <param name="Issuer">The platform that started the login.</param>
/// <param name="ClientId">The client id of the registration used.</param>
/// <param name="ExpiresAt">When the login stops being valid.</param>
internal sealed record LoginTicket(string State, string Nonce, string Issuer, string ClientId, DateTimeOffset ExpiresAt);
