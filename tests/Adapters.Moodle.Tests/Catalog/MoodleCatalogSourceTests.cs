using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Tests.Catalog;

public sealed class MoodleCatalogSourceTests : IClassFixture<MoodleServerFixture>
{
    private readonly MoodleServerFixture _server;

    public MoodleCatalogSourceTests(MoodleServerFixture server)
    {
        _server = server;
        _server.Reset();
    }

    [Fact]
    public async Task GetCoursesAsync_CapturedSite_ListsCourseWithTitle()
    {
        await using var host = new MoodleTestHost(_server);

        var courses = await host.Catalog.GetCoursesAsync(host.Connection, TestContext.Current.CancellationToken);

        var course = Assert.Single(courses);
        Assert.Equal(("moodle-lab/2", "Open Badges Pilot 101"), (course.Key, course.Title!));
    }

    [Fact]
    public async Task GetActivitiesAsync_CapturedCourse_DescribesGradedActivitiesCompetenciesAndCourse()
    {
        await using var host = new MoodleTestHost(_server);

        var activities = await host.Catalog.GetActivitiesAsync(host.Connection, MoodleTestHost.Course, TestContext.Current.CancellationToken);

        Assert.Equal(
            ["moodle:page:1", "moodle:assign:1", "moodle:quiz:1", "moodle:lti:1", "moodle:gradeitem:4", "moodle:coursegrade:2", "moodle:competency:1", "moodle:competency:2", "moodle:course:2"],
            activities.Select(a => a.Key.ToString()));
        var quiz = activities.Single(a => a.Key == ActivityKey.Parse("moodle:quiz:1"));
        Assert.Equal((10d, 6d, true), (quiz.MaxPoints!.Value, quiz.PassPoints!.Value, quiz.IsAssessed));
        Assert.False(activities.Single(a => a.Key.Type == "page").IsAssessed);
    }

    [Fact]
    public async Task GetActivitiesAsync_CapturedCourse_ReadsGradebookItemsThroughOneLearnerOnly()
    {
        await using var host = new MoodleTestHost(_server);

        var activities = await host.Catalog.GetActivitiesAsync(host.Connection, MoodleTestHost.Course, TestContext.Current.CancellationToken);

        Assert.Equal((10d, "Participation"), activities.Single(a => a.Key.Type == "gradeitem") is var p ? (p.MaxPoints!.Value, p.Name) : default);
        Assert.Equal("3", Assert.Single(_server.Calls("gradereport_user_get_grade_items")).Form["userid"]);
    }

    [Fact]
    public async Task GetActivitiesAsync_ByShortName_ResolvesTheCourse()
    {
        await using var host = new MoodleTestHost(_server);

        var activities = await host.Catalog.GetActivitiesAsync(host.Connection, new("moodle-lab", "OBP101"), TestContext.Current.CancellationToken);

        Assert.Contains(activities, a => a.Key == ActivityKey.Parse("moodle:assign:1"));
        Assert.Equal("shortname", _server.Calls("core_course_get_courses_by_field")[0].Form["field"]);
    }

    [Fact]
    public async Task GetActivitiesAsync_UnknownCourse_ThrowsInvalidCourse()
    {
        _server.Site.Override("core_course_get_courses_by_field", MoodleReply.Json("""{"courses":[],"warnings":[]}"""));
        await using var host = new MoodleTestHost(_server);

        var error = await Assert.ThrowsAsync<Insignia.Core.Ports.EvidenceSourceException>(
            () => host.Catalog.GetActivitiesAsync(host.Connection, new("moodle-lab", "99"), TestContext.Current.CancellationToken));

        Assert.Equal("invalid_course", error.Code);
    }

    [Fact]
    public async Task GetMembersAsync_CapturedRoster_MarksStudentsAsLearnersAndTeacherNot()
    {
        await using var host = new MoodleTestHost(_server);

        var members = new List<Insignia.Core.Ports.RosterMember>();
        await foreach (var member in host.Roster.GetMembersAsync(host.Connection, MoodleTestHost.Course, TestContext.Current.CancellationToken))
        {
            members.Add(member);
        }

        Assert.Equal(["3", "4", "5", "6", "7"], members.Where(m => m.IsLearner).Select(m => m.ExternalId));
        Assert.False(members.Single(m => m.ExternalId == "8").IsLearner);
        Assert.Equal(("Ada Lovelace", "student1@example.com"), (members[0].DisplayName!, members[0].Email!));
    }
}
