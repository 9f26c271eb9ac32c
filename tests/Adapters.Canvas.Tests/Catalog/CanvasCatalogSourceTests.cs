using Insignia.Adapters.Canvas.Tests.Infrastructure;

namespace Insignia.Adapters.Canvas.Tests.Catalog;

public sealed class CanvasCatalogSourceTests : IClassFixture<CanvasServerFixture>, IAsyncDisposable
{
    private readonly CanvasServerFixture _canvas;
    private readonly CanvasAdapterHost _host;

    public CanvasCatalogSourceTests(CanvasServerFixture canvas)
    {
        _canvas = canvas;
        _canvas.Reset();
        _canvas.ServeCourse();
        _host = new CanvasAdapterHost(canvas.Url);
    }

    [Fact]
    public async Task GetCoursesAsync_TokenUser_ListsCoursesWithTitles()
    {
        var courses = await _host.Catalog.GetCoursesAsync(_host.Connection, TestContext.Current.CancellationToken);

        Assert.Equal([("canvas-test/101", "Programación web"), ("canvas-test/102", "Bases de datos")], courses.Select(c => (c.Key, c.Title)));
    }

    [Fact]
    public async Task GetActivitiesAsync_Course_ListsAssignmentsQuizzesRubricsOutcomesAndModuleItems()
    {
        var activities = await _host.Catalog.GetActivitiesAsync(_host.Connection, _host.Course, TestContext.Current.CancellationToken);

        var keys = activities.Select(a => a.Key.ToString()).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "canvas:assignment:4401", "canvas:quiz:812", "canvas:rubric:4401#_1001", "canvas:outcome:57", "canvas:module-item:30012", "canvas:course-grade:101", "canvas:course:101" },
            keys);
    }

    [Fact]
    public async Task GetActivitiesAsync_ModuleItems_OnlyGradedRequirementsAreAssessed()
    {
        var activities = await _host.Catalog.GetActivitiesAsync(_host.Connection, _host.Course, TestContext.Current.CancellationToken);

        var items = activities.Where(a => a.Key.Type == "module-item").ToDictionary(a => a.Key.Id, a => a.IsAssessed);
        Assert.Equal(new Dictionary<string, bool> { ["30011"] = false, ["30012"] = true, ["30013"] = true, ["30014"] = false }, items);
    }

    [Fact]
    public async Task GetActivitiesAsync_Outcome_CarriesMasteryAndTopLevel()
    {
        var activities = await _host.Catalog.GetActivitiesAsync(_host.Connection, _host.Course, TestContext.Current.CancellationToken);

        var outcome = Assert.Single(activities, a => a.Key.ToString() == "canvas:outcome:57");
        Assert.Equal((3.0, 5.0), (outcome.PassPoints!.Value, outcome.MaxLevel!.Value));
    }

    [Fact]
    public async Task GetActivitiesAsync_OutcomesForbidden_ListsTheRestWithoutOutcomes()
    {
        _canvas.Json($"{CanvasServerFixture.CoursePath}/outcome_group_links", CanvasPayloads.Shared("error_401_user_not_authorized.json"), status: 403, priority: 1);

        var activities = await _host.Catalog.GetActivitiesAsync(_host.Connection, _host.Course, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(activities, a => a.Key.Type == "outcome");
        Assert.Contains(activities, a => a.Key.ToString() == "canvas:assignment:4401");
    }

    [Fact]
    public async Task GetMembersAsync_Enrollments_AreLearnersWithNames()
    {
        List<Core.Ports.RosterMember> members = [];
        await foreach (var member in _host.Roster.GetMembersAsync(_host.Connection, _host.Course, TestContext.Current.CancellationToken))
        {
            members.Add(member);
        }

        Assert.Equal([("5501", true, "Mariana López Hernández"), ("5502", true, "Diego Ramírez Soto")], members.Select(m => (m.ExternalId, m.IsLearner, m.DisplayName!)));
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();
}
