using Insignia.Core.Criteria;

namespace Insignia.Core.Tests.Criteria;

public sealed class CriteriaRuleParserTests
{
    [Fact]
    public void Parse_NestedRule_BuildsTree()
    {
        var result = CriteriaRuleParser.Parse("""
            {"all":[
              {"score":{"activity":"moodle:assign:1","min":0.5}},
              {"atLeast":{"count":1,"of":[{"completion":{"activity":"moodle:quiz:2"}},{"mastery":{"outcome":"canvas:outcome:7","min":3}}]}}
            ]}
            """);

        Assert.True(result.IsValid);
        var all = Assert.IsType<AllRule>(result.Value);
        var score = Assert.IsType<ScoreRule>(all.Children[0]);
        Assert.Equal(0.5, score.MinFraction);
        var atLeast = Assert.IsType<AtLeastRule>(all.Children[1]);
        Assert.Equal(CompletionRequirement.Passed, Assert.IsType<CompletionRule>(atLeast.Children[0]).Requirement);
    }

    [Theory]
    [InlineData("""{"all":[{"score":{"activity":"moodle:quiz:1","min":1.5}}]}""", "$.all[0].score.min", CriteriaErrors.OutOfRange)]
    [InlineData("""{"all":[{"score":{"activity":"moodle:quiz:1"}}]}""", "$.all[0].score", CriteriaErrors.MissingField)]
    [InlineData("""{"any":[{"score":{"activity":"quiz-1","min":0.5}}]}""", "$.any[0].score.activity", CriteriaErrors.InvalidValue)]
    [InlineData("""{"atLeast":{"count":3,"of":[{"participation":{"activity":"demo:page:1"}}]}}""", "$.atLeast.count", CriteriaErrors.OutOfRange)]
    [InlineData("""{"all":[]}""", "$.all", CriteriaErrors.InvalidValue)]
    [InlineData("""{"both":[]}""", "$", CriteriaErrors.InvalidNode)]
    [InlineData("""{"all":[{"score":{"activity":"moodle:quiz:1","min":0.5,"attempt":"first"}}]}""", "$.all[0].score.attempt", CriteriaErrors.InvalidValue)]
    [InlineData("""{"all":[{"score":{"activity":"moodle:quiz:1","min":0.5,"extra":1}}]}""", "$.all[0].score.extra", CriteriaErrors.InvalidNode)]
    [InlineData("""{"completion":{"activity":"moodle:quiz:1","state":"viewed"}}""", "$.completion.state", CriteriaErrors.InvalidValue)]
    public void Parse_InvalidRule_ReportsPathAndCode(string json, string path, string code)
    {
        var result = CriteriaRuleParser.Parse(json);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Path == path && e.Code == code);
    }

    [Fact]
    public void Parse_MalformedJson_ReportsLine()
    {
        var result = CriteriaRuleParser.Parse("{\"all\": [\n  {\"score\": }\n]}");

        var error = Assert.Single(result.Errors);
        Assert.Equal(CriteriaErrors.MalformedJson, error.Code);
        Assert.Contains("line 2", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ThenParse_RoundTrips()
    {
        const string json = """{"any":[{"score":{"activity":"moodle:quiz:1","minPoints":8,"attempt":"latest"}},{"rubric":{"criterion":"canvas:rubric:5#_1","min":2}},{"credential":{"definition":"base-badge"}},{"participation":{"activity":"demo:page:1"}},{"completion":{"activity":"demo:page:2","state":"complete"}}]}""";
        var rule = CriteriaRuleParser.Parse(json).Value!;

        var written = CriteriaRuleWriter.Write(rule);

        Assert.Equal(json, written);
    }
}
