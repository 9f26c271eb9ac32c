using Insignia.Adapters.Canvas.Api;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Canvas.Http;

/// <summary>The Refit clients of one connection, sharing one HttpClient over the pooled Canvas pipeline.</summary>
internal sealed class CanvasClient(HttpClient http, CanvasRequestContext context) : IDisposable
{
    public SourceConnection Connection => context.Connection;

    public CanvasRateLimitGate Gate => context.Gate;

    public ICanvasSubmissionsApi Submissions { get; } = Refit.RestService.For<ICanvasSubmissionsApi>(http, CanvasJson.RefitSettings);

    public ICanvasAssignmentsApi Assignments { get; } = Refit.RestService.For<ICanvasAssignmentsApi>(http, CanvasJson.RefitSettings);

    public ICanvasQuizzesApi Quizzes { get; } = Refit.RestService.For<ICanvasQuizzesApi>(http, CanvasJson.RefitSettings);

    public ICanvasOutcomesApi Outcomes { get; } = Refit.RestService.For<ICanvasOutcomesApi>(http, CanvasJson.RefitSettings);

    public ICanvasCoursesApi Courses { get; } = Refit.RestService.For<ICanvasCoursesApi>(http, CanvasJson.RefitSettings);

    public void Dispose() => http.Dispose();
}
