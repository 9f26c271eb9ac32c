using Insignia.Core.Criteria;
using Insignia.Core.Evidence;
using Insignia.Host.Web;
using Insignia.Host.Web.Course;

namespace Insignia.Host.Tests.Web.Course;

public sealed class ResultTextTests
{
    private static readonly RuleResult Quiz = new()
    {
        Path = "$.all[0]",
        Keyword = "score",
        Outcome = DecisionOutcome.NotMet,
        Requirement = "score ≥ 80% on Quiz 3",
        Missing = "needs ≥ 80% on Quiz 3, has 65%",
        Target = ActivityKey.Parse("moodle:quiz:3"),
        TargetName = "Quiz 3",
        Required = 0.8,
        Actual = 0.65,
        Unit = "fraction",
    };

    [Theory]
    [InlineData(UiLanguage.English, "Quiz 3: 65% of the required 80%")]
    [InlineData(UiLanguage.Spanish, "Quiz 3: 65% de 80% requerido")]
    public void Leaf_ScoreBelowThreshold_SaysHaveAndNeedFromStructuredFields(string language, string expected) =>
        Assert.Equal(expected, ResultText.Leaf(language, Quiz));

    [Fact]
    public void Leaf_PointsWithoutEvidence_SaysNoEvidenceInSpanish()
    {
        var leaf = Quiz with { Actual = null, Required = 6, Unit = "points", TargetName = "Cuestionario" };

        Assert.Equal("Cuestionario: sin evidencia aún; se requiere 6 pts", ResultText.Leaf(UiLanguage.Spanish, leaf));
    }

    [Fact]
    public void Missing_AllRuleWithOneMetChild_ListsOnlyTheUnmetLeaf()
    {
        var met = Quiz with { Path = "$.all[1]", Outcome = DecisionOutcome.Met, TargetName = "Essay", Actual = 0.9 };
        var root = new RuleResult { Path = "$", Keyword = "all", Outcome = DecisionOutcome.NotMet, Requirement = "all of 2 requirements", Children = [Quiz, met] };

        var missing = ResultText.Missing(UiLanguage.English, root);

        Assert.Equal(["Quiz 3: 65% of the required 80%"], missing);
    }

    [Fact]
    public void Missing_AnyRule_OffersTheOptionsTogether()
    {
        var other = Quiz with { Path = "$.any[1]", TargetName = "Quiz 4", Actual = 0.5 };
        var root = new RuleResult { Path = "$", Keyword = "any", Outcome = DecisionOutcome.NotMet, Requirement = "any of 2 requirements", Children = [Quiz, other] };

        var missing = Assert.Single(ResultText.Missing(UiLanguage.English, root));

        Assert.Equal("One of these options: Quiz 3: 65% of the required 80% · Quiz 4: 50% of the required 80%", missing);
    }
}
