using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Insignia.Core.Proofs;
using Insignia.Host.Demo;
using Insignia.Host.Issuer;
using Insignia.Host.Tests.Infrastructure;
using Insignia.Host.Tests.Issuer;
using Insignia.Testing.Credentials;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Web.Course;

/// <summary>The learner's credential downloads and CLR record over HTTP: only their own, signed, verifiable, schema-valid.</summary>
public sealed partial class LearnerCredentialUiTests : IDisposable
{
    private readonly InsigniaAppFactory _app = IssuerApp.Create();

    [Fact]
    public async Task ProgressPage_LearnerWithCredential_ShowsDownloadShareQrWalletAndClr()
    {
        await IssueDemoCourseAsync();
        using var ana = await DemoLtiClient.LaunchAsync(_app, "1001");

        var page = await ana.GetStringAsync("/lti/progress?lang=en");

        var id = CredentialId().Match(page).Groups[1].Value;
        Assert.Contains($"/lti/progress/credentials/{id}/download", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{IssuerApp.BaseUrl}credentials/{id}\" readonly", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("Add to my wallet", page, StringComparison.Ordinal);
        Assert.Contains("id=\"clr-download\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_OwnCredential_IsAnAttachmentThatVerifies()
    {
        await IssueDemoCourseAsync();
        using var ana = await DemoLtiClient.LaunchAsync(_app, "1001");
        var id = CredentialId().Match(await ana.GetStringAsync("/lti/progress")).Groups[1].Value;

        using var response = await ana.GetAsync($"/lti/progress/credentials/{id}/download");
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("attachment", $"credential-{id}.json"), (response.Content.Headers.ContentDisposition?.DispositionType, response.Content.Headers.ContentDisposition?.FileName));
        Assert.True(await VerifiesAsync(json));
    }

    [Fact]
    public async Task Download_AnotherLearnersCredential_Returns404Problem()
    {
        await IssueDemoCourseAsync();
        using var ana = await DemoLtiClient.LaunchAsync(_app, "1001");
        var anasId = CredentialId().Match(await ana.GetStringAsync("/lti/progress")).Groups[1].Value;
        using var bruno = await DemoLtiClient.LaunchAsync(_app, "1002");

        using var response = await bruno.GetAsync($"/lti/progress/credentials/{anasId}/download");

        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("0192f0c1-7a6b-7c3d-8e9f-0a1b2c3d4e5f")]
    public async Task Download_BadId_Returns404Problem(string id)
    {
        using var ana = await DemoLtiClient.LaunchAsync(_app, "1001");

        using var response = await ana.GetAsync($"/lti/progress/credentials/{id}/download");

        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task Download_WithoutSession_Returns401()
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/lti/progress/credentials/{Guid.NewGuid()}/download", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Clr_LearnerWithCredential_SignedRecordIsSchemaValidVerifiesAndNamesNobody()
    {
        await IssueDemoCourseAsync();
        using var ana = await DemoLtiClient.LaunchAsync(_app, "1001");

        using var response = await ana.GetAsync("/lti/progress/clr");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var clr = JsonNode.Parse(text)!;

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Empty(ClrSchema.Errors(clr));
        Assert.True(await VerifiesAsync(text));
        var embedded = Assert.Single(clr["credentialSubject"]!["verifiableCredential"]!.AsArray())!;
        Assert.True(await VerifiesAsync(embedded.ToJsonString()));
        var learner = DemoCourse.Learners.Single(l => l.Id == "1001");
        Assert.DoesNotContain(learner.Email, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(learner.Name, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clr_StackedCredential_HasAnIsPartOfAssociation()
    {
        var api = _app.CreateClient();
        var stacked = """
            { "id": "obp101-avanzado", "course": "demo/OBP101", "name": "Avanzado", "description": "Fundamentos y un ensayo destacado.",
              "criteriaNarrative": "Tener Fundamentos y 90% en el ensayo.",
              "rule": { "all": [ { "credential": { "definition": "obp101-fundamentos" } }, { "score": { "activity": "demo:assign:1", "min": 0.9 } } ] } }
            """.Replace("demo:assign:1", DemoCourse.Essay.ToString(), StringComparison.Ordinal);
        using var saved = await api.PostAsync(new Uri("/api/v1/courses/demo/OBP101/definitions", UriKind.Relative), new StringContent(stacked, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await IssueDemoCourseAsync(); // fundamentos first, then avanzado once it is held
        await IssueDemoCourseAsync();
        using var ana = await DemoLtiClient.LaunchAsync(_app, "1001");

        var clr = JsonNode.Parse(await ana.GetStringAsync("/lti/progress/clr"))!;

        var association = Assert.Single(clr["credentialSubject"]!["association"]!.AsArray())!;
        Assert.Equal(
            ("isPartOf", $"{IssuerApp.BaseUrl}achievements/obp101-fundamentos/v1", $"{IssuerApp.BaseUrl}achievements/obp101-avanzado/v1"),
            ((string?)association["associationType"], (string?)association["sourceId"], (string?)association["targetId"]));
        Assert.Empty(ClrSchema.Errors(clr));
    }

    [Fact]
    public async Task Clr_LearnerWithoutCredentials_Returns404Problem()
    {
        await IssueDemoCourseAsync();
        using var carla = await DemoLtiClient.LaunchAsync(_app, "1003");

        using var response = await carla.GetAsync("/lti/progress/clr");

        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        Assert.Equal("no_credentials", (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Clr_AfterRevocation_LeavesTheRevokedCredentialOut()
    {
        await IssueDemoCourseAsync();
        using var ana = await DemoLtiClient.LaunchAsync(_app, "1001");
        var id = CredentialId().Match(await ana.GetStringAsync("/lti/progress")).Groups[1].Value;
        await _app.RunCliAsync("credential", "revoke", id, "--reason", "Error de captura");

        using var response = await ana.GetAsync("/lti/progress/clr");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<bool> VerifiesAsync(string text)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CredentialVerifier>().VerifyAsync(text, TestContext.Current.CancellationToken);
        Assert.True(result.Verified, string.Join("; ", result.Errors));
        return result.Verified;
    }

    private async Task IssueDemoCourseAsync()
    {
        using var instructor = await DemoLtiClient.LaunchAsync(_app, "instructor");
        using var evaluated = await instructor.PostFormAsync("/lti/course/evaluate", []);
        using var issued = await instructor.PostFormAsync("/lti/course/issue", []);
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
    }

    public void Dispose() => _app.Dispose();

    [GeneratedRegex("class=\"earned\" data-credential=\"([0-9a-f-]{36})\"")]
    private static partial Regex CredentialId();
}
