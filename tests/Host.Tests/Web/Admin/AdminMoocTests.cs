using System.Net;
using Insignia.Host.Demo;
using Insignia.Host.Mooc;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Web.Admin;

/// <summary>/admin/mooc over HTTP: map an external course (typed by id when the kind has no catalog), duplicates, bad input, remove.</summary>
public sealed class AdminMoocTests : IDisposable
{
    private readonly InsigniaAppFactory _app = new();
    private readonly AdminSession _session;

    public AdminMoocTests() => _session = new AdminSession(_app);

    public void Dispose()
    {
        _session.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task Add_CourseraCourseById_IsStoredWithTheDefinitionsCourse()
    {
        await AddCourseraAsync();

        var (status, _, _) = await MapAsync("machine-learning", DemoCourse.DefinitionId);

        Assert.Equal(HttpStatusCode.Redirect, status);
        var mapping = Assert.Single(await ListAsync());
        Assert.Equal(("coursera-uni", "machine-learning", "demo/OBP101", DemoCourse.DefinitionId), (mapping.Connection, mapping.ExternalCourseId, mapping.CourseKey, mapping.DefinitionId));
    }

    [Fact]
    public async Task Add_SameExternalCourseTwice_Is422OnTheCourseField()
    {
        await AddCourseraAsync();
        await MapAsync("machine-learning", DemoCourse.DefinitionId);

        var (status, body, _) = await MapAsync("machine-learning", DemoCourse.DefinitionId);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("data-error-for=\"externalCourseId\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_UnknownDefinitionAndBadCourseKey_Is422WithFieldErrors()
    {
        await AddCourseraAsync();

        var (status, body, _) = await _session.PostAsync("/admin/mooc?lang=en", "/admin/mooc?lang=en",
            ("connection", "coursera-uni"), ("externalCourseId", "ml"), ("definitionId", "nope"), ("courseKey", "no-slash"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.All(["definitionId", "courseKey"], field => Assert.Contains($"data-error-for=\"{field}\"", body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Show_DemoConnection_OffersTheCatalogsCourses()
    {
        var html = await _session.GetAsync("/admin/mooc?show=demo&lang=en");

        Assert.Contains("<option value=\"OBP101\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_Mapping_IsGone()
    {
        await AddCourseraAsync();
        await MapAsync("machine-learning", DemoCourse.DefinitionId);
        var id = Assert.Single(await ListAsync()).Id;

        var (status, _, _) = await _session.PostAsync("/admin/mooc?lang=en", $"/admin/mooc/{id}/remove?lang=en");

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Empty(await ListAsync());
    }

    private Task AddCourseraAsync() =>
        _session.PostAsync("/admin/connections/new", "/admin/connections", ("name", "coursera-uni"), ("kind", "coursera"), ("baseUrl", "https://api.coursera.org"), ("token", "c-token"));

    private Task<(HttpStatusCode Status, string Body, string? Location)> MapAsync(string course, string definition) =>
        _session.PostAsync("/admin/mooc?show=coursera-uni&lang=en", "/admin/mooc?lang=en", ("connection", "coursera-uni"), ("externalCourseId", course), ("definitionId", definition), ("courseKey", string.Empty));

    private async Task<IReadOnlyList<MoocCourseMapping>> ListAsync()
    {
        IReadOnlyList<MoocCourseMapping> list = [];
        await _app.WithScopeAsync(async sp => list = await sp.GetRequiredService<MoocMappingStore>().ListAsync(TestContext.Current.CancellationToken));
        return list;
    }
}
