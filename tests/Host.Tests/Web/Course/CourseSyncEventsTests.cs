using System.Net;
using Insignia.Host.Tests.Infrastructure;

namespace Insignia.Host.Tests.Web.Course;

/// <summary>GET /lti/course/sync/events: the sync's progress as server-sent events, behind the course session.</summary>
public sealed class CourseSyncEventsTests : IClassFixture<InsigniaAppFactory>
{
    private readonly InsigniaAppFactory _app;

    public CourseSyncEventsTests(InsigniaAppFactory app) => _app = app;

    [Fact]
    public async Task SyncEvents_DuringARun_StreamsStatusUntilAnEndEvent()
    {
        using var client = DemoLaunch.Client(_app);
        var page = await DemoLaunch.LaunchAsync(client, "instructor");
        using var start = await client.PostAsync(new Uri("/lti/course/sync?lang=en", UriKind.Relative), new FormUrlEncodedContent([new("__csrf", DemoLaunch.Csrf(page))]), TestContext.Current.CancellationToken);

        using var response = await client.GetAsync(new Uri("/lti/course/sync/events?lang=en", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        var events = await ReadEventsAsync(response);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("end", events[^1].Type);
        Assert.Equal("succeeded", events[^1].Data);
        Assert.Contains("data-sync=\"succeeded\"", events.Last(e => e.Type == "status").Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncEvents_WithoutSession_Is401()
    {
        using var client = DemoLaunch.Client(_app);

        using var response = await client.GetAsync(new Uri("/lti/course/sync/events", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SyncEvents_Learner_Is403()
    {
        using var client = DemoLaunch.Client(_app);
        await DemoLaunch.LaunchAsync(client, "1001");

        using var response = await client.GetAsync(new Uri("/lti/course/sync/events", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>Reads "event:"/"data:" blocks until the server closes the stream (bounded by the test's cancellation and 30 s).</summary>
    private static async Task<List<(string Type, string Data)>> ReadEventsAsync(HttpResponseMessage response)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var events = new List<(string, string)>();
        string? type = null;
        var data = new List<string>();
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (type is not null)
                {
                    events.Add((type, string.Join('\n', data)));
                }

                (type, data) = (null, []);
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Add(line["data: ".Length..]);
            }
        }

        return events;
    }
}
