using Insignia.Core.Achievements;
using Insignia.Core.Criteria;
using Insignia.Host.Web;
using Insignia.Host.Web.Course;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Insignia.Host.Tests.Web.Course;

public sealed class DefinitionFormModelTests
{
    private const string Course = "demo/OBP101";

    [Fact]
    public void ToDefinition_PercentThreshold_BuildsScoreRuleWithFraction()
    {
        var (definition, errors) = Model(("r0.kind", "score"), ("r0.activity", "demo:assign:1"), ("r0.min", "70"), ("r0.unit", "percent")).ToDefinition(Course, UiLanguage.English);

        Assert.Empty(errors);
        var score = Assert.IsType<ScoreRule>(Assert.Single(Assert.IsType<AllRule>(definition!.Rule).Children));
        Assert.Equal(0.7, score.MinFraction!.Value, 6);
        Assert.Null(score.MinPoints);
    }

    [Fact]
    public void ToDefinition_PointsWithDecimalComma_BuildsScoreRuleWithPoints()
    {
        var (definition, _) = Model(("r0.kind", "score"), ("r0.activity", "demo:quiz:2"), ("r0.min", "6,5"), ("r0.unit", "points")).ToDefinition(Course, UiLanguage.Spanish);

        var score = Assert.IsType<ScoreRule>(Assert.Single(Assert.IsType<AllRule>(definition!.Rule).Children));
        Assert.Equal(6.5, score.MinPoints);
    }

    [Fact]
    public void ToDefinition_PercentAbove100_ReportsOutOfRangeOnTheRow()
    {
        var (definition, errors) = Model(("r0.kind", "score"), ("r0.activity", "demo:assign:1"), ("r0.min", "150"), ("r0.unit", "percent")).ToDefinition(Course, UiLanguage.English);

        Assert.Null(definition);
        var error = Assert.Single(errors);
        Assert.Equal((CriteriaErrors.OutOfRange, "$.rule.all[0]"), (error.Code, error.Path));
    }

    [Fact]
    public void ToDefinition_NoNameAndNoRequirement_ListsBothInSpanish()
    {
        var (_, errors) = new DefinitionFormModel { Description = "d", Narrative = "n" }.ToDefinition(Course, UiLanguage.Spanish);

        Assert.Equal(["$.name", "$.rule"], errors.Select(e => e.Path));
        Assert.Equal("Escriba un nombre.", errors[0].Message);
    }

    [Fact]
    public void FromDefinition_RoundTrip_KeepsRuleRows()
    {
        var (definition, _) = Model(("combine", "any"), ("r0.kind", "passed"), ("r0.activity", "demo:quiz:2"), ("r1.kind", "mastery"), ("r1.activity", "demo:outcome:1"), ("r1.min", "3")).ToDefinition(Course, UiLanguage.English);

        var again = DefinitionFormModel.From(definition!).ToDefinition(Course, UiLanguage.English).Definition;

        Assert.Equal(CredentialDefinitionWriter.Write(definition!), CredentialDefinitionWriter.Write(again!));
        Assert.IsType<AnyRule>(again!.Rule);
    }

    [Theory]
    [InlineData("Participación en el foro", "obp101-participacion-en-el-foro")]
    [InlineData("<script>alert(1)</script>", "obp101-script-alert-1-script")]
    public void Slug_NameWithAccentsOrMarkup_GivesAsciiId(string name, string expected) =>
        Assert.Equal(expected, DefinitionFormModel.Slug(Course, name));

    private static DefinitionFormModel Model(params (string Key, string Value)[] fields)
    {
        var values = new Dictionary<string, StringValues> { ["name"] = "Essay", ["description"] = "Writes an essay.", ["narrative"] = "70% on the essay." };
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        return DefinitionFormModel.From(new FormCollection(values));
    }
}
