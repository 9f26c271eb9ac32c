using System.Net;
using System.Text;
using System.Text.Json;
using Insignia.Host.Tests.Infrastructure;

namespace Insignia.Host.Tests.Web;

public sealed class CourseApiTests : IDisposable
{
    private readonly InsigniaAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task CheckDefinition_ParticipationOnly_Is422ProblemWithPaths()
    {
        var response = await PostAsync("/api/v1/definitions/check", """
            { "id": "solo-vistas", "course": "demo/OBP101", "name": "x", "description": "x", "criteriaNarrative": "x",
              "rule": { "participation": { "activity": "demo:page:4" } } }
            """);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("/docs/problems/invalid_definition", problem.GetProperty("type").GetString());
        Assert.Equal("invalid_definition", problem.GetProperty("code").GetString());
        Assert.True(problem.TryGetProperty("traceId", out _));
        Assert.Equal("participation_only", problem.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task CheckDefinition_NotJson_Is422NotServerError()
    {
        var response = await PostAsync("/api/v1/definitions/check", "<xml/>");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task AdminApi_FromAnotherMachineWithoutEntraId_IsForbidden()
    {
        _app.RequestsFromLoopback = false;

        var response = await PostAsync("/api/v1/courses/demo/OBP101/evaluate", string.Empty);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Sync_UnknownConnection_Is404Problem()
    {
        var response = await PostAsync("/api/v1/courses/nowhere/C1/sync", string.Empty);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private Task<HttpResponseMessage> PostAsync(string path, string body) =>
        _app.CreateClient().PostAsync(new Uri(path, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
}
