namespace Insignia.Host.Lti.DemoPlatform;

/// <summary>The demo platform's LTI Advantage service paths, made absolute with the origin the request came to.</summary>
internal static class DemoPlatformUrls
{
    public const string TokenPath = "/demo-lms/lti/token";
    public const string LineItemsPath = "/demo-lms/lti/courses/{courseId}/lineitems";
    public const string LineItemPath = LineItemsPath + "/{lineItemId}";
    public const string MembershipsPath = "/demo-lms/lti/courses/{courseId}/memberships";

    public static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host.Value}";

    public static string Token(HttpRequest request) => Origin(request) + TokenPath;

    public static string LineItems(HttpRequest request, string courseId) =>
        Origin(request) + LineItemsPath.Replace("{courseId}", Uri.EscapeDataString(courseId), StringComparison.Ordinal);

    public static string LineItem(HttpRequest request, string courseId, string lineItemId) =>
        LineItems(request, courseId) + "/" + Uri.EscapeDataString(lineItemId);

    public static string Memberships(HttpRequest request, string courseId) =>
        Origin(request) + MembershipsPath.Replace("{courseId}", Uri.EscapeDataString(courseId), StringComparison.Ordinal);
}
