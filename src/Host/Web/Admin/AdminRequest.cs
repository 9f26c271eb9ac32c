using Microsoft.AspNetCore.Antiforgery;

namespace Insignia.Host.Web.Admin;

/// <summary>An admin page's request: the language and the antiforgery field for its forms.</summary>
internal sealed record AdminRequest(string Language, AntiforgeryTokenSet Tokens) : PageRequest(Language, Tokens);
