using Insignia.Host.Lti.Session;
using Microsoft.AspNetCore.Antiforgery;

namespace Insignia.Host.Web.Course;

/// <summary>What every course page needs: the session, the language and the antiforgery field for its forms.</summary>
internal sealed record UiRequest(LtiSession Session, string Language, AntiforgeryTokenSet Tokens) : PageRequest(Language, Tokens);
