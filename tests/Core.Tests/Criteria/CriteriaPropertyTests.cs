using CsCheck;
using Insignia.Core.Criteria;
using Insignia.Core.Evidence;

namespace Insignia.Core.Tests.Criteria;

/// <summary>Properties of the evaluator and the attendance guard over random rules and evidence.</summary>
public sealed class CriteriaPropertyTests
{
    [Fact]
    public void Guard_AcceptedRule_IsNeverMetByParticipationAlone()
    {
        var participationOnly = CriteriaGenerators.Evidence.Select(records => records.Where(r => !r.IsAssessment).ToArray());
        Gen.Select(CriteriaGenerators.Rule, participationOnly).Sample((rule, evidence) =>
        {
            if (AttendanceGuard.Check(rule).Count > 0)
            {
                return true;
            }

            return CriteriaEvaluator.Evaluate(CompiledCriteria.Compile(rule), evidence).Outcome != DecisionOutcome.Met;
        });
    }

    [Fact]
    public void Guard_RefusedRule_IsMetByParticipationAlone()
    {
        CriteriaGenerators.Rule.Sample(rule =>
        {
            if (AttendanceGuard.Check(rule).Count == 0)
            {
                return true;
            }

            var evidence = CriteriaGenerators.Activities
                .SelectMany(a => new[]
                {
                    new EvidenceRecord { Source = "t", LearnerId = "l", Activity = a, Kind = EvidenceKind.Participation, OccurredAt = DateTimeOffset.UnixEpoch },
                    new EvidenceRecord { Source = "t", LearnerId = "l", Activity = a, Kind = EvidenceKind.Completion, Completion = CompletionState.Complete, OccurredAt = DateTimeOffset.UnixEpoch },
                })
                .ToArray();
            return CriteriaEvaluator.Evaluate(CompiledCriteria.Compile(rule), evidence).Outcome == DecisionOutcome.Met;
        });
    }

    [Fact]
    public void Evaluate_ShuffledEvidence_GivesSameDecision()
    {
        Gen.Select(CriteriaGenerators.Rule, CriteriaGenerators.Evidence, CriteriaGenerators.Held, Gen.Int).Sample((rule, evidence, held, seed) =>
        {
            var criteria = CompiledCriteria.Compile(rule);
            var shuffled = evidence.OrderBy(_ => new Random(seed).Next()).ToArray();
            new Random(seed).Shuffle(shuffled);
            var first = CriteriaEvaluator.Evaluate(criteria, evidence, held);
            var second = CriteriaEvaluator.Evaluate(criteria, shuffled, held);
            return first.Outcome == second.Outcome && Describe(first.Explanation) == Describe(second.Explanation);
        });
    }

    [Fact]
    public void Evaluate_MoreEvidenceWithBestAttempts_NeverUnmeets()
    {
        var bestOnly = CriteriaGenerators.Rule.Where(r => !UsesLatest(r));
        Gen.Select(bestOnly, CriteriaGenerators.Evidence, CriteriaGenerators.Evidence, CriteriaGenerators.Held).Sample((rule, before, extra, held) =>
        {
            var criteria = CompiledCriteria.Compile(rule);
            if (CriteriaEvaluator.Evaluate(criteria, before, held).Outcome != DecisionOutcome.Met)
            {
                return true;
            }

            return CriteriaEvaluator.Evaluate(criteria, [.. before, .. extra], held).Outcome == DecisionOutcome.Met;
        });
    }

    [Fact]
    public void Evaluate_MoreHeldCredentials_NeverUnmeets()
    {
        Gen.Select(CriteriaGenerators.Rule, CriteriaGenerators.Evidence, CriteriaGenerators.Held).Sample((rule, evidence, held) =>
        {
            var criteria = CompiledCriteria.Compile(rule);
            var before = CriteriaEvaluator.Evaluate(criteria, evidence, held).Outcome;
            var after = CriteriaEvaluator.Evaluate(criteria, evidence, new HashSet<string>(held) { "cred-0", "cred-1", "cred-2" }).Outcome;
            return after >= before;
        });
    }

    private static bool UsesLatest(CriteriaRule rule) => rule switch
    {
        ScoreRule s => s.Attempts == AttemptPolicy.Latest,
        MasteryRule m => m.Attempts == AttemptPolicy.Latest,
        RubricRule r => r.Attempts == AttemptPolicy.Latest,
        AllRule a => a.Children.Any(UsesLatest),
        AnyRule a => a.Children.Any(UsesLatest),
        AtLeastRule a => a.Children.Any(UsesLatest),
        _ => false,
    };

    private static string Describe(RuleResult result) =>
        $"{result.Path}:{result.Outcome}:{result.Actual}:{string.Join(",", result.Evidence.Select(e => e.Key))}[{string.Join(";", result.Children.Select(Describe))}]";
}
