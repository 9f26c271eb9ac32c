using Insignia.Host.Lti;

namespace Insignia.Host.Web.Course;

/// <summary>
/// The antiforgery cookie as the tool's other cookies (<see cref="LtiCookies"/>): the pages run in the platform's
/// cross-site iframe, so it must be <c>SameSite=None; Secure; Partitioned</c> or the browser drops it. The security
/// policy stays "same as request" so antiforgery does not refuse plain-HTTP loopback development.
/// </summary>
internal sealed class PartitionedCookieBuilder : CookieBuilder
{
    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
    {
        var options = base.Build(context, expiresFrom);
        options.Secure = true;
        options.SameSite = SameSiteMode.None;
        options.Extensions.Add("Partitioned");
        return options;
    }
}
