using System.Net;
using Insignia.Host.Tests.Infrastructure;

namespace Insignia.Host.Tests.Web.Course;

/// <summary>A nested, stacked definition through the instructor's form over HTTP: it opens (no 409) and saves back unchanged.</summary>
public sealed class NestedDefinitionPagesTests : IDisposable
{
    private readonly InsigniaAppFactory _app = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("insignia-nested-").FullName;

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task PublishUnchangedForm_NestedStackedDefinition_IsUnchanged()
    {
        var file = Path.Combine(_folder, "nested.json");
        await File.WriteAllTextAsync(file, """
            { "id": "obp101-nested", "course": "demo/OBP101", "name": "Ruta doble", "description": "Dos caminos.", "criteriaNarrative": "Ensayo o examen, y la credencial base.",
              "rule": { "all": [ { "credential": { "definition": "obp101-fundamentos" } },
                                 { "any": [ { "score": { "activity": "demo:assign:1", "min": 0.7 } },
                                            { "atLeast": { "count": 1, "of": [ { "completion": { "activity": "demo:quiz:2", "state": "passed" } }, { "score": { "activity": "demo:quiz:2", "minPoints": 8, "attempt": "latest" } } ] } } ] },
                                 { "completion": { "activity": "demo:quiz:2", "state": "passed" } }, { "score": { "activity": "demo:assign:1", "min": 0.5 } }, { "score": { "activity": "demo:quiz:2", "min": 0.6 } } ] } }
            """, TestContext.Current.CancellationToken);
        Assert.Equal(0, (await _app.RunCliAsync("definition", "add", "--course", "demo/OBP101", "--file", file)).ExitCode);
        using var client = DemoLaunch.Client(_app);
        await DemoLaunch.LaunchAsync(client, "instructor");

        using var form = await client.GetAsync(new Uri("/lti/course/definition/obp101-nested?lang=en", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await form.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var fields = HtmlForm.Fields(html, "definition-form");
        fields.Add(new("action", "publish"));
        using var post = await client.PostAsync(new Uri("/lti/course/definition?lang=en", UriKind.Relative), new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, "/lti/course?done=unchanged&lang=en"), (post.StatusCode, post.Headers.Location?.OriginalString));
    }

    [Fact]
    public async Task StructureButton_AddGroup_ReturnsTheFormWithTheNewGroupAndStoresNothing()
    {
        using var client = DemoLaunch.Client(_app);
        await DemoLaunch.LaunchAsync(client, "instructor");
        var html = await client.GetStringAsync(new Uri("/lti/course/definition?lang=en", UriKind.Relative), TestContext.Current.CancellationToken);
        var fields = HtmlForm.Fields(html, "definition-form");
        fields.Add(new("action", "add-group:root"));

        using var post = await client.PostAsync(new Uri("/lti/course/definition?lang=en", UriKind.Relative), new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        var body = await post.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("name=\"r3.kind\" value=\"group\"", body, StringComparison.Ordinal);
        Assert.Contains("id=\"r3-1.kind\"", body, StringComparison.Ordinal);
    }
}
