using System.Net;
using System.Net.Sockets;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Insignia.Adapters.Canvas.Tests.Infrastructure;

/// <summary>A WireMock Canvas on 127.0.0.1 serving the shared Canvas fixtures in place.</summary>
public sealed class CanvasServerFixture : IAsyncLifetime
{
    public const string CourseId = "101";
    public const string CoursePath = "/api/v1/courses/101";

    private WireMockServer? _server;
    private DateTime _requestsSince = DateTime.MinValue;

    public WireMockServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public string Url => Server.Url!;

    /// <summary>
    /// Gets the requests received since the last reset. WireMock writes its log after the response is sent, so a
    /// previous test's last request can land in the log after <see cref="Reset"/>; its arrival time gives it away.
    /// </summary>
    public IReadOnlyList<ILogEntry> Requests => [.. Server.LogEntries.Where(e => e.RequestMessage.DateTime >= _requestsSince)];

    public ValueTask InitializeAsync()
    {
        // A free port can be taken by another test process between probing and binding; try a few.
        for (var attempt = 1; _server is null; attempt++)
        {
            try
            {
                _server = WireMockServer.Start($"http://127.0.0.1:{FreePort()}");
            }
            catch (Exception) when (attempt < 5)
            {
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _server?.Stop();
        _server?.Dispose();
        return ValueTask.CompletedTask;
    }

    public void Reset()
    {
        Server.Reset();
        _requestsSince = DateTime.UtcNow;
    }

    /// <summary>Forgets the requests received so far; the mappings stay.</summary>
    public void ClearRequests()
    {
        Server.ResetLogEntries();
        _requestsSince = DateTime.UtcNow;
    }

    public IEnumerable<ILogEntry> RequestsTo(string path) => Requests.Where(r => r.RequestMessage.Path == path);

    /// <summary>Serves a JSON body for GET <paramref name="path"/> (any query), with optional extra headers.</summary>
    public void Json(string path, string body, int status = 200, IDictionary<string, string>? headers = null, int priority = 10)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(body);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response = response.WithHeader(name, value);
        }

        Server.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(priority).RespondWith(response);
    }

    /// <summary>Serves a whole course 101 whose every list fits one page.</summary>
    public void ServeCourse(string? submissionsLink = null)
    {
        Json($"{CoursePath}/assignments", CanvasPayloads.Local("assignments.json"));
        Json(
            $"{CoursePath}/students/submissions",
            CanvasPayloads.Shared("students_submissions_grouped.json"),
            headers: submissionsLink is null ? null : new Dictionary<string, string> { ["Link"] = submissionsLink });
        Json($"{CoursePath}/quizzes/812/submissions", CanvasPayloads.Shared("quiz_submissions_classic.json"));
        Json($"{CoursePath}/outcome_results", CanvasPayloads.Shared("outcome_results.json"));
        Json($"{CoursePath}/outcome_rollups", CanvasPayloads.Shared("outcome_rollups.json"));
        Json($"{CoursePath}/outcome_group_links", CanvasPayloads.Local("outcome_group_links.json"));
        Json($"{CoursePath}/enrollments", CanvasPayloads.Shared("enrollments_with_grades.json"));
        Json($"{CoursePath}/modules", CanvasPayloads.ModulesWithItems());
        Json($"{CoursePath}/bulk_user_progress", CanvasPayloads.Local("bulk_user_progress.json"));
        Json("/api/v1/users/self", CanvasPayloads.Local("users_self.json"));
        Json("/api/v1/courses", CanvasPayloads.Local("courses.json"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
