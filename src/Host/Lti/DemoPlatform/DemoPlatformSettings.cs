using Insignia.Host.Demo;
using Insignia.Host.Lti.Keys;
using Insignia.Host.Lti.Registrations;

namespace Insignia.Host.Lti.DemoPlatform;

/// <summary>
/// The built-in demo LMS as an LTI 1.3 platform. Its registration is named <c>demo</c>, so launches map onto the
/// demo course key <c>demo/OBP101</c>. Its JWKS URL <c>local:demo-platform</c> is read from the key store in process.
/// </summary>
internal static class DemoPlatformSettings
{
    public const string KeyOwner = "demo-platform";
    public const string Issuer = "https://demo-lms.insignia.invalid";
    public const string ClientId = "insignia-demo-tool";
    public const string DeploymentId = "demo-deployment-1";
    public const string AuthPath = "/demo-lms/lti/auth";
    public const string JwksPath = "/demo-lms/lti/jwks";
    public const string InstructorHint = "instructor";
    public const string InstructorId = "demo-teacher-1";

    public static LtiPlatform Platform { get; } = new(DemoCourse.Connection, Issuer, ClientId, AuthPath, "/demo-lms/lti/token", HttpJwksSource.LocalScheme + KeyOwner)
    {
        Deployments = new HashSet<string>(StringComparer.Ordinal) { DeploymentId },
    };
}
