using Insignia.Core.Criteria;
using Insignia.Core.Evidence;
using Insignia.Testing.Builders;

namespace Insignia.Core.Tests.Criteria;

public sealed class CriteriaEvaluatorTests
{
    private static Decision Evaluate(string rule, params EvidenceRecord[] evidence) =>
        CriteriaEvaluator.Evaluate(CompiledCriteria.Compile(CriteriaRuleParser.Parse(rule).Value!), evidence);

    [Fact]
    public void Evaluate_ScoreBelowThreshold_ExplainsShortfall()
    {
        var decision = Evaluate(
            """{"score":{"activity":"demo:quiz:3","min":0.8}}""",
            EvidenceRecordBuilder.Score("demo:quiz:3", 65).Named("Quiz 3").Build());

        Assert.Equal(DecisionOutcome.NotMet, decision.Outcome);
        Assert.Equal("needs ≥ 80% on Quiz 3, has 65%", decision.Explanation.Missing);
        Assert.Equal(0.65, decision.Explanation.Actual!.Value, 6);
    }

    [Fact]
    public void Evaluate_NoEvidence_IsPending()
    {
        var decision = Evaluate("""{"score":{"activity":"demo:quiz:3","min":0.8}}""");

        Assert.Equal(DecisionOutcome.Pending, decision.Outcome);
        Assert.Contains("no graded attempt yet", decision.Explanation.Missing, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BestAttempt_UsesHighestScore()
    {
        var decision = Evaluate(
            """{"score":{"activity":"demo:quiz:3","min":0.8}}""",
            EvidenceRecordBuilder.Score("demo:quiz:3", 90).WithAttempt("1").AtMinute(1).Build(),
            EvidenceRecordBuilder.Score("demo:quiz:3", 50).WithAttempt("2").AtMinute(2).Build());

        Assert.Equal(DecisionOutcome.Met, decision.Outcome);
        Assert.Equal("1", Assert.Single(decision.EvidenceUsed).Attempt);
    }

    [Fact]
    public void Evaluate_LatestAttempt_UsesMostRecentScore()
    {
        var decision = Evaluate(
            """{"score":{"activity":"demo:quiz:3","min":0.8,"attempt":"latest"}}""",
            EvidenceRecordBuilder.Score("demo:quiz:3", 90).WithAttempt("1").AtMinute(1).Build(),
            EvidenceRecordBuilder.Score("demo:quiz:3", 50).WithAttempt("2").AtMinute(2).Build());

        Assert.Equal(DecisionOutcome.NotMet, decision.Outcome);
        Assert.Equal(0.5, decision.Explanation.Actual);
    }

    [Fact]
    public void Evaluate_PointsThreshold_ComparesRawPoints()
    {
        var decision = Evaluate(
            """{"score":{"activity":"demo:quiz:3","minPoints":6}}""",
            EvidenceRecordBuilder.Score("demo:quiz:3", 6, 10).Build());

        Assert.Equal(DecisionOutcome.Met, decision.Outcome);
    }

    [Fact]
    public void Evaluate_FailedCompletion_IsNotMet()
    {
        var decision = Evaluate(
            """{"completion":{"activity":"demo:quiz:2"}}""",
            EvidenceRecordBuilder.Completion("demo:quiz:2", CompletionState.Failed).Build());

        Assert.Equal(DecisionOutcome.NotMet, decision.Outcome);
    }

    [Fact]
    public void Evaluate_ViewCompletionForPassedRequirement_IsPending()
    {
        var decision = Evaluate(
            """{"completion":{"activity":"demo:quiz:2"}}""",
            EvidenceRecordBuilder.Completion("demo:quiz:2", CompletionState.Complete).Build());

        Assert.Equal(DecisionOutcome.Pending, decision.Outcome);
    }

    [Fact]
    public void Evaluate_AtLeast_CountsMetChildren()
    {
        var decision = Evaluate(
            """{"atLeast":{"count":2,"of":[{"mastery":{"outcome":"demo:outcome:1","min":3}},{"rubric":{"criterion":"demo:rubric:1#c1","min":2}},{"score":{"activity":"demo:quiz:1","min":0.5}}]}}""",
            EvidenceRecordBuilder.Mastery("demo:outcome:1", 3).Build(),
            EvidenceRecordBuilder.Rubric("demo:rubric:1#c1", 1).Build());

        Assert.Equal(DecisionOutcome.Pending, decision.Outcome);
        Assert.Equal(DecisionOutcome.NotMet, decision.Explanation.Children[1].Outcome);
    }

    [Fact]
    public void Evaluate_HeldCredential_MeetsStackingLeaf()
    {
        var criteria = CompiledCriteria.Compile(CriteriaRuleParser.Parse("""{"credential":{"definition":"base"}}""").Value!);

        var decision = CriteriaEvaluator.Evaluate(criteria, [], new HashSet<string> { "base" });

        Assert.Equal(DecisionOutcome.Met, decision.Outcome);
    }

    [Fact]
    public void Evaluate_RecordsOfOtherActivities_AreIgnored()
    {
        var decision = Evaluate(
            """{"score":{"activity":"demo:quiz:3","min":0.5}}""",
            EvidenceRecordBuilder.Score("demo:quiz:4", 100).Build());

        Assert.Equal(DecisionOutcome.Pending, decision.Outcome);
        Assert.Empty(decision.EvidenceUsed);
    }

    [Fact]
    public void Evaluate_AllWithOneUnmet_NamesWhatIsMissing()
    {
        var decision = Evaluate(
            """{"all":[{"score":{"activity":"demo:assign:1","min":0.5}},{"completion":{"activity":"demo:quiz:2"}}]}""",
            EvidenceRecordBuilder.Score("demo:assign:1", 92).Named("Ensayo").Build());

        Assert.Equal(DecisionOutcome.Pending, decision.Outcome);
        Assert.Contains("1 of 2 required met", decision.Explanation.Missing, StringComparison.Ordinal);
        Assert.Contains("demo:quiz:2 passed", decision.Explanation.Missing, StringComparison.Ordinal);
    }
}
