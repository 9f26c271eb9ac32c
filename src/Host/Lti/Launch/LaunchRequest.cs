namespace Insignia.Host.Lti.Launch;

/// <summary>The parts of a launch form post the validation reads.</summary>
/// <param name="IdToken">The posted <c>id_token</c>.</param>
/// <param name="State">The posted <c>state</c>.</param>
/// <param name="BrowserTickets">Login tickets the browser holds: state cookies and a value read from platform storage.</param>
internal sealed record LaunchRequest(string? IdToken, string? State, IReadOnlyList<string> BrowserTickets);
