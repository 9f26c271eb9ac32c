using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Tests.Probe;

public sealed class MoodleConnectionProbeTests : IClassFixture<MoodleServerFixture>
{
    private readonly MoodleServerFixture _server;

    public MoodleConnectionProbeTests(MoodleServerFixture server)
    {
        _server = server;
        _server.Reset();
    }

    [Fact]
    public async Task ProbeAsync_CapturedSite_ReportsNameReleaseAndNoProblems()
    {
        await using var host = new MoodleTestHost(_server);

        var result = await host.Probe.ProbeAsync(host.Connection, TestContext.Current.CancellationToken);

        Assert.Equal((true, "Moodle Lab (loopback)", "4.3 (Build: 20231009)"), (result.Reachable, result.SiteName, result.Release));
        Assert.Empty(result.Problems);
        Assert.Contains("gradereport_user_get_grade_items", result.UsableFunctions);
        Assert.DoesNotContain("core_badges_get_user_badges", result.UsableFunctions); // granted, but not used by the adapter
    }

    [Fact]
    public async Task ProbeAsync_CompetencyFunctionMissing_ReportsDegradedFeatureAndHowToFixIt()
    {
        _server.Site.Override("core_webservice_get_site_info", MoodleReply.Json(SiteInfoWithout("tool_lp_data_for_user_competency_summary_in_course")));
        await using var host = new MoodleTestHost(_server);

        var result = await host.Probe.ProbeAsync(host.Connection, TestContext.Current.CancellationToken);

        Assert.True(result.Reachable);
        Assert.Equal(["competencies"], result.DegradedFeatures);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("tool_lp_data_for_user_competency_summary_in_course is not enabled for service insignia", problem, StringComparison.Ordinal);
        Assert.Contains("External services", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_InvalidToken_IsUnreachableWithInvalidTokenProblem()
    {
        _server.Site.Override("core_webservice_get_site_info", MoodleReply.Json(MoodleFixtureFiles.Captured("error__invalid_token")));
        await using var host = new MoodleTestHost(_server);

        var result = await host.Probe.ProbeAsync(host.Connection, TestContext.Current.CancellationToken);

        Assert.False(result.Reachable);
        Assert.StartsWith("invalid_token:", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadSinceAsync_CompetencyFunctionMissing_DegradesWithoutCompetencyEvidence()
    {
        _server.Site.Override("core_webservice_get_site_info", MoodleReply.Json(SiteInfoWithout("core_competency_list_course_competencies")));
        await using var host = new MoodleTestHost(_server);

        var records = await host.SyncRecordsAsync();

        Assert.DoesNotContain(records, r => r.Kind == EvidenceKind.OutcomeMastery);
        Assert.Contains(records, r => r.Kind == EvidenceKind.Score);
        Assert.Empty(_server.Calls("tool_lp_data_for_user_competency_summary_in_course"));
    }

    [Fact]
    public async Task ReadSinceAsync_CompetenciesDisabledOnSite_EndsStepWithoutFailing()
    {
        _server.Site.Override("core_competency_list_course_competencies", MoodleReply.Json("""{"exception":"moodle_exception","errorcode":"competenciesarenotenabled","message":"Competencies are not enabled"}"""));
        await using var host = new MoodleTestHost(_server);

        var records = await host.SyncRecordsAsync();

        Assert.DoesNotContain(records, r => r.Kind == EvidenceKind.OutcomeMastery);
        Assert.Contains(records, r => r.Activity == ActivityKey.Parse("moodle:course:2"));
    }

    [Fact]
    public async Task ReadSinceAsync_CourseWithoutCompletionCriteria_StopsCourseCompletionBeforeAllLearners()
    {
        _server.Site.Override("core_completion_get_course_completion_status", MoodleReply.Json("""{"exception":"moodle_exception","errorcode":"nocriteriaset","message":"No criteria set"}"""));
        await using var host = new MoodleTestHost(_server, new Dictionary<string, string?> { ["MaxConcurrencyPerSite"] = "1" });

        var records = await host.SyncRecordsAsync();

        Assert.DoesNotContain(records, r => r.Activity == ActivityKey.Parse("moodle:course:2"));
        Assert.InRange(_server.Calls("core_completion_get_course_completion_status").Count, 1, 4); // reads in flight are cancelled; not all 5 learners
    }

    [Fact]
    public async Task ReadSinceAsync_LearnerNotEnrolledForOneCall_SkipsOnlyThatLearner()
    {
        _server.Site.Override("core_completion_get_activities_completion_status", c => c.UserId == 6
            ? MoodleReply.Json("""{"exception":"moodle_exception","errorcode":"usernotenroled","message":"User is not enrolled"}""")
            : new CapturedCoursePayloads().Reply(c)!);
        await using var host = new MoodleTestHost(_server);

        var records = (await host.SyncRecordsAsync()).Where(r => r.Attempt == "completion" && r.Activity.Type != "course").ToList();

        Assert.Equal(["3", "4", "5", "7"], records.Select(r => r.LearnerId).Distinct().Order());
    }

    private static string SiteInfoWithout(string function)
    {
        var node = MoodleFixtureFiles.CapturedNode("core_webservice_get_site_info");
        var functions = node["functions"]!.AsArray();
        functions.Remove(functions.First(f => f!["name"]!.GetValue<string>() == function));
        return node.ToJsonString();
    }
}
