using Insignia.Host.Demo;
using Insignia.Host.Lti.Keys;
using Insignia.Host.Lti.Registrations;

namespace Insignia.Host.Lti.DemoPlatform;

/// <summary>
/// The built-in demo LMS as an LTI 1.3 platform. Its registration is named <c>demo</c>, so launches map onto the
/// demo course key <c>demo/OBP101</c>. Its JWKS URL <c>local:demo-platform</c> is read from the key store in process.
/// The token URL is made absolute (with the origin the demo is reached at) on the first demo launch.
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
    public const string InstructorRole = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public const string LearnerRole = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    public static LtiPlatform Platform { get; } = new(DemoCourse.Connection, Issuer, ClientId, AuthPath, DemoPlatformUrls.TokenPath, HttpJwksSource.LocalScheme + KeyOwner)
    {
        Deployments = new HashSet<string>(StringComparer.Ordinal) { DeploymentId },
    };
}
