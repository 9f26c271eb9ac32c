using Insignia.Host.Persistence;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Cli;

public sealed class DefinitionCommandsTests : IDisposable
{
    private const string Header = """
        "course": "demo/OBP101", "name": "Prueba", "description": "Una credencial de prueba.",
        "criteriaNarrative": "Aprobar la evaluación.",
        """;

    private readonly InsigniaAppFactory _app = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("insignia-cli").FullName;

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Check_ParticipationOnlyRule_ExitsOneNamingThePath()
    {
        var file = Write("""{ "id": "solo-asistencia", HEADER "rule": { "any": [ { "score": { "activity": "demo:quiz:2", "min": 0.6 } }, { "participation": { "activity": "demo:forum:3" } } ] } }""");

        var result = await _app.RunCliAsync("definition", "check", "--file", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("$.rule.any[1] [participation_only]", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_MalformedJson_ExitsOneWithLine()
    {
        var file = Write("{ \"id\": \"roto\",\n \"rule\": { \"all\": [ }\n}");

        var result = await _app.RunCliAsync("definition", "add", "--course", "demo/OBP101", "--file", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("[malformed_json]", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_UnknownActivity_IsRefusedAndNothingSaved()
    {
        var before = await CountDefinitionsAsync();
        var file = Write("""{ "id": "actividad-fantasma", HEADER "rule": { "score": { "activity": "demo:quiz:99", "min": 0.5 } } }""");

        var result = await _app.RunCliAsync("definition", "add", "--course", "demo/OBP101", "--file", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("$.rule.score.activity [unknown_activity]", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await CountDefinitionsAsync());
    }

    [Fact]
    public async Task Add_ThresholdOutOfRange_ReportsJsonPath()
    {
        var file = Write("""{ "id": "umbral-malo", HEADER "rule": { "score": { "activity": "demo:quiz:2", "min": 80 } } }""");

        var result = await _app.RunCliAsync("definition", "add", "--course", "demo/OBP101", "--file", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("$.rule.score.min [out_of_range]", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_CyclicStacking_IsRefused()
    {
        await _app.RunCliAsync("definition", "add", "--course", "demo/OBP101", "--file",
            Write("""{ "id": "nivel-a", HEADER "rule": { "all": [ { "score": { "activity": "demo:quiz:2", "min": 0.6 } } ] } }"""));
        await _app.RunCliAsync("definition", "add", "--course", "demo/OBP101", "--file",
            Write("""{ "id": "nivel-b", HEADER "rule": { "all": [ { "credential": { "definition": "nivel-a" } } ] } }"""));

        var result = await _app.RunCliAsync("definition", "add", "--course", "demo/OBP101", "--file",
            Write("""{ "id": "nivel-a", HEADER "rule": { "any": [ { "score": { "activity": "demo:quiz:2", "min": 0.6 } }, { "credential": { "definition": "nivel-b" } } ] } }"""));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("[cyclic_stacking]", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_SameThenChanged_CreatesNewVersionOnlyOnChange()
    {
        var v1 = Write("""{ "id": "versionada", HEADER "rule": { "score": { "activity": "demo:quiz:2", "min": 0.6 } } }""");
        var v2 = Write("""{ "id": "versionada", HEADER "rule": { "score": { "activity": "demo:quiz:2", "min": 0.7 } } }""");

        var first = await _app.RunCliAsync("definition", "add", "--course", "demo/OBP101", "--file", v1);
        var again = await _app.RunCliAsync("definition", "add", "--course", "demo/OBP101", "--file", v1);
        var changed = await _app.RunCliAsync("definition", "add", "--course", "demo/OBP101", "--file", v2);

        Assert.Contains("version 1", first.Output, StringComparison.Ordinal);
        Assert.Contains("Unchanged", again.Output, StringComparison.Ordinal);
        Assert.Contains("version 2", changed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_MissingRequiredOption_IsUsageError()
    {
        var result = await _app.RunCliAsync("definition", "add", "--course", "demo/OBP101");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--file", result.Error, StringComparison.Ordinal);
    }

    private string Write(string json)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json.Replace("HEADER", Header, StringComparison.Ordinal));
        return path;
    }

    private async Task<int> CountDefinitionsAsync()
    {
        var count = 0;
        await _app.WithScopeAsync(async sp => count = await sp.GetRequiredService<InsigniaDbContext>().Definitions.CountAsync(TestContext.Current.CancellationToken));
        return count;
    }
}
