using System.Net;
using Insignia.Host.Tests.Lti.Infrastructure;

namespace Insignia.Host.Tests.Lti.Launch;

/// <summary>Launches shaped as Moodle 4.x and Canvas send them, through the full OIDC round trip.</summary>
[Collection(LtiHostCollection.Name)]
public sealed class LaunchPositiveTests(LtiHostFixture host)
{
    [Fact]
    public async Task Launch_MoodleStyleInstructor_LandsOnCourseCredentialsPage()
    {
        var driver = host.Driver(host.Moodle);
        using var launch = await driver.LaunchAsync(t => t
            .WithLtiClaim("roles", new[] { "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator", "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor", "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator" })
            .WithLtiClaim("context", new Dictionary<string, object> { ["id"] = "2", ["label"] = "OBP", ["title"] = "Insignias abiertas", ["type"] = new[] { "CourseSection" } })
            .WithLtiClaim("resource_link", new Dictionary<string, string> { ["id"] = "3", ["title"] = "Insignia", ["description"] = "" })
            .WithLtiClaim("launch_presentation", new Dictionary<string, string> { ["locale"] = "es_mx", ["document_target"] = "iframe", ["return_url"] = "https://moodle.example.test/mod/lti/return.php?course=2" })
            .WithLtiClaim("ext", new Dictionary<string, string> { ["user_username"] = "profe", ["lms"] = "moodle-2" })
            .With("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", new Dictionary<string, object>
            {
                ["scope"] = new[] { "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem", "https://purl.imsglobal.org/spec/lti-ags/scope/score" },
                ["lineitems"] = "https://moodle.example.test/mod/lti/services.php/2/lineitems?type_id=2",
                ["lineitem"] = "https://moodle.example.test/mod/lti/services.php/2/lineitems/7/lineitem?type_id=2",
            })
            .With("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", new Dictionary<string, object>
            {
                ["context_memberships_url"] = "https://moodle.example.test/mod/lti/services.php/CourseSection/2/bindings/2/memberships",
                ["service_versions"] = new[] { "1.0", "2.0" },
            }));

        using var page = await driver.Browser.GetAsync(launch.Headers.Location, TestContext.Current.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(("/lti/course", HttpStatusCode.OK), (launch.Headers.Location?.OriginalString, page.StatusCode));
        Assert.Contains("lti-moodle-example-test-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Launch_CanvasStyleLearner_LandsOnProgressPage()
    {
        var driver = host.Driver(host.Canvas);
        using var launch = await driver.LaunchAsync(t => t
            .With("azp", host.Canvas.ClientId)
            .With("sub", "535fa085-f5e8-4d3d-9d4d-1b5bcf8e3a32")
            .With("locale", "es-MX")
            .WithLtiClaim("roles", new[] { "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student", "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", "http://purl.imsglobal.org/vocab/lis/v2/system/person#User" })
            .WithLtiClaim("context", new Dictionary<string, object> { ["id"] = "4dde05e8ca1973bcca9bffc13e1548820eee93a3", ["label"] = "OBP101", ["title"] = "Insignias", ["type"] = new[] { "http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering" } })
            .WithLtiClaim("custom", new Dictionary<string, string> { ["canvas_course_id"] = "101" })
            .WithLtiClaim("lti11_legacy_user_id", "a3f2b1")
            .With("https://www.instructure.com/placement", "course_navigation")
            .With("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", new Dictionary<string, object>
            {
                ["scope"] = new[] { "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem" },
                ["lineitems"] = "https://canvas.example.edu/api/lti/courses/101/line_items",
            }));

        using var page = await driver.Browser.GetAsync(launch.Headers.Location, TestContext.Current.CancellationToken);

        Assert.Equal(("/lti/progress", HttpStatusCode.OK), (launch.Headers.Location?.OriginalString, page.StatusCode));
    }

    [Fact]
    public async Task Launch_Accepted_SetsPartitionedSessionCookie()
    {
        using var launch = await host.Driver(host.Moodle).LaunchAsync();

        var session = launch.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("insignia_lti_session=", StringComparison.Ordinal)).ToLowerInvariant();

        Assert.True(session.Contains("samesite=none", StringComparison.Ordinal) && session.Contains("secure", StringComparison.Ordinal) && session.Contains("partitioned", StringComparison.Ordinal), session);
    }

    [Fact]
    public async Task CoursePage_WithoutSession_ExplainsInsteadOfFailingSilently()
    {
        using var page = await host.Driver(host.Moodle).Browser.GetAsync(new Uri("/lti/course?lang=en", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(("no_session", HttpStatusCode.Unauthorized), (await LtiDriver.RejectionCodeAsync(page), page.StatusCode));
    }
}
