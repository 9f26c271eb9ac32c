using System.Net;
using System.Text.Json.Nodes;
using Insignia.Host.Demo;
using Insignia.Host.Issuer;
using Insignia.Host.Persistence;
using Insignia.Host.Tests.Infrastructure;
using Insignia.Host.Tests.Issuer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Web.Course;

/// <summary>The instructor's "Issue now" and revoke over HTTP: roles, antiforgery, refusals and what the public side shows afterwards.</summary>
public sealed class CourseCredentialUiTests : IDisposable
{
    private readonly InsigniaAppFactory _app = IssuerApp.Create();

    private static int ExpectedFundamentos => DemoCourse.Learners.Count(l => l.Essay >= 50 && l.QuizAttempts.Any(a => a >= 6));

    [Fact]
    public async Task IssueNow_Instructor_IssuesThePendingCredentialsAndReportsTheCount()
    {
        using var instructor = await EvaluatedInstructorAsync();
        var before = await instructor.GetStringAsync("/lti/course");

        using var response = await instructor.PostFormAsync("/lti/course/issue?lang=en", []);
        var page = await instructor.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"issued={ExpectedFundamentos}&refused=0&failed=0", response.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Contains($"Issued now: {ExpectedFundamentos} issued, 0 refused, 0 failed.", page, StringComparison.Ordinal);
        Assert.Contains($"<td data-count=\"issued\">{ExpectedFundamentos}</td>", page, StringComparison.Ordinal);
        Assert.Contains($"data-pending=\"{ExpectedFundamentos}\"", before, StringComparison.Ordinal);
        Assert.Contains("data-pending=\"0\"", page, StringComparison.Ordinal);
        Assert.Equal(ExpectedFundamentos, (await IssuerApp.CredentialsAsync(_app.Services)).Count);
    }

    [Fact]
    public async Task IssueNow_Learner_IsForbidden()
    {
        using var learner = await DemoLtiClient.LaunchAsync(_app, "1001");

        using var response = await learner.PostFormAsync("/lti/course/issue", [], await learner.GetStringAsync("/lti/progress"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Revoke_Learner_IsForbiddenAndNothingIsRevoked()
    {
        var credential = await IssueAsync();
        using var learner = await DemoLtiClient.LaunchAsync(_app, "1001");

        using var response = await learner.PostFormAsync($"/lti/course/credentials/{credential}/revoke", Reason("x"), await learner.GetStringAsync("/lti/progress"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(await IssuerApp.CredentialsAsync(_app.Services), c => c.RevokedAt is not null);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("0192f0c1-7a6b-7c3d-8e9f-0a1b2c3d4e5f")]
    public async Task Revoke_UnknownId_Returns404Problem(string id)
    {
        using var instructor = await DemoLtiClient.LaunchAsync(_app, "instructor");

        using var response = await instructor.PostFormAsync($"/lti/course/credentials/{id}/revoke", Reason("x"));

        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task Revoke_WithoutReason_Returns422PageAndRevokesNothing()
    {
        var credential = await IssueAsync();
        using var instructor = await DemoLtiClient.LaunchAsync(_app, "instructor");

        using var response = await instructor.PostFormAsync($"/lti/course/credentials/{credential}/revoke?lang=en", Reason("   "));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Write the reason for the revocation", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain(await IssuerApp.CredentialsAsync(_app.Services), c => c.RevokedAt is not null);
    }

    [Fact]
    public async Task Revoke_WithoutConfirmation_Returns422Page()
    {
        var credential = await IssueAsync();
        using var instructor = await DemoLtiClient.LaunchAsync(_app, "instructor");

        using var response = await instructor.PostFormAsync($"/lti/course/credentials/{credential}/revoke?lang=es", [new("reason", "Plagio")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Marque la casilla", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_WithReason_PublicStatusAndVerifyReportRevoked()
    {
        var credential = await IssueAsync();
        using var instructor = await DemoLtiClient.LaunchAsync(_app, "instructor");

        using var response = await instructor.PostFormAsync($"/lti/course/credentials/{credential}/revoke", Reason("Plagio <comprobado>"));
        var page = await instructor.GetStringAsync("/lti/course?lang=en");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Plagio &lt;comprobado&gt;", page, StringComparison.Ordinal);
        Assert.Contains($"data-credential=\"{credential}\" data-status=\"revoked\"", page, StringComparison.Ordinal);
        var stored = (await IssuerApp.CredentialsAsync(_app.Services)).Single(c => c.Id == credential);
        await using var scope = _app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<CredentialChecker>().CheckAsync(stored.Json, TestContext.Current.CancellationToken);
        Assert.Equal((false, CredentialChecker.StatusRevoked, "Plagio <comprobado>"), (report.Verified, report.Status, stored.RevocationReason));
    }

    [Fact]
    public async Task Revoke_Twice_SecondAnswers409WithAClearMessage()
    {
        var credential = await IssueAsync();
        using var instructor = await DemoLtiClient.LaunchAsync(_app, "instructor");
        using var first = await instructor.PostFormAsync($"/lti/course/credentials/{credential}/revoke", Reason("uno"));

        using var second = await instructor.PostFormAsync($"/lti/course/credentials/{credential}/revoke?lang=en", Reason("dos"));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("was already revoked", await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("uno", (await IssuerApp.CredentialsAsync(_app.Services)).Single(c => c.Id == credential).RevocationReason);
    }

    [Fact]
    public async Task Revoke_WithoutAntiforgeryToken_IsRefused()
    {
        var credential = await IssueAsync();
        using var instructor = await DemoLtiClient.LaunchAsync(_app, "instructor");

        using var response = await instructor.Http.PostAsync(new Uri($"/lti/course/credentials/{credential}/revoke", UriKind.Relative), new FormUrlEncodedContent(Reason("x")), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(await IssuerApp.CredentialsAsync(_app.Services), c => c.RevokedAt is not null);
    }

    [Fact]
    public async Task RevokeUrl_Get_LeadsBackToTheCoursePage()
    {
        using var instructor = await DemoLtiClient.LaunchAsync(_app, "instructor");

        using var response = await instructor.GetAsync($"/lti/course/credentials/{Guid.NewGuid()}/revoke?lang=en");

        Assert.Equal((HttpStatusCode.Redirect, "/lti/course?lang=en#issued"), (response.StatusCode, response.Headers.Location?.OriginalString));
    }

    private static KeyValuePair<string, string>[] Reason(string reason) => [new("reason", reason), new("confirm", "yes")];

    private async Task<DemoLtiClient> EvaluatedInstructorAsync()
    {
        var instructor = await DemoLtiClient.LaunchAsync(_app, "instructor");
        using var evaluated = await instructor.PostFormAsync("/lti/course/evaluate", []);
        Assert.Equal(HttpStatusCode.Redirect, evaluated.StatusCode);
        return instructor;
    }

    /// <summary>Evaluates and issues the demo course; returns Ana's (learner 1001) credential id.</summary>
    private async Task<Guid> IssueAsync()
    {
        using var instructor = await EvaluatedInstructorAsync();
        using var issued = await instructor.PostFormAsync("/lti/course/issue", []);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        var ana = await db.LearnerIdentities.Where(i => i.Source == DemoCourse.Connection && i.ExternalId == "1001").Select(i => i.LearnerId).SingleAsync(TestContext.Current.CancellationToken);
        return await db.Credentials.Where(c => c.LearnerId == ana).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    public void Dispose() => _app.Dispose();
}
