using System.Text.Json;
using Insignia.Host.Tests.Infrastructure;

namespace Insignia.Host.Tests.Evaluation;

public sealed class DemoCourseEvaluationTests : IClassFixture<InsigniaAppFactory>
{
    private readonly InsigniaAppFactory _app;

    public DemoCourseEvaluationTests(InsigniaAppFactory app) => _app = app;

    [Fact]
    public async Task Evaluate_DemoCourse_GivesExpectedDecisions()
    {
        var result = await _app.RunCliAsync("evaluate", "--course", "demo/OBP101");

        Assert.Equal(0, result.ExitCode);
        var outcomes = JsonDocument.Parse(result.Output).RootElement.EnumerateArray()
            .ToDictionary(d => d.GetProperty("learner").GetString()!, d => d.GetProperty("outcome").GetString());
        Assert.Equal("met", outcomes["1001"]);
        Assert.Equal("met", outcomes["1002"]);
        Assert.Equal("notMet", outcomes["1003"]);
        Assert.Equal("notMet", outcomes["1004"]);
        Assert.Equal("pending", outcomes["1006"]);
    }

    [Fact]
    public async Task Evaluate_ParticipationOnlyLearner_IsNeverMet()
    {
        var result = await _app.RunCliAsync("evaluate", "--course", "demo/OBP101", "--learner", "1005");

        var decision = Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray());
        Assert.Equal("pending", decision.GetProperty("outcome").GetString());
        Assert.Contains("no graded attempt yet", decision.GetProperty("missing").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_ExplanationNamesTheShortfall()
    {
        var result = await _app.RunCliAsync("evaluate", "--course", "demo/OBP101", "--learner", "1004");

        var decision = Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray());
        Assert.Contains("needs ≥ 50% on Ensayo: ¿Qué es una insignia abierta?, has 40%", decision.GetProperty("missing").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoPage_EscapesAndShowsDecisions()
    {
        var client = _app.CreateClient();

        var html = await client.GetStringAsync(new Uri("/demo?lang=en", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("Ana L&#243;pez", html, StringComparison.Ordinal);
        Assert.Contains("class=\"pending\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoPage_LinksTheIssuedCredentialOfAMetLearner()
    {
        var client = _app.CreateClient();
        var html = string.Empty;
        for (var attempt = 0; attempt < 50 && !html.Contains("/credentials/", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken); // issuance runs in the background outbox worker
            html = await client.GetStringAsync(new Uri("/demo?lang=en", UriKind.Relative), TestContext.Current.CancellationToken);
        }

        var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/credentials/[0-9a-f-]{36})").Groups[1].Value;
        var page = await client.GetStringAsync(new Uri(link + "?lang=en", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("Fundamentos de insignias abiertas", page, StringComparison.Ordinal);
    }
}
