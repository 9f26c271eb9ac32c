using BenchmarkDotNet.Attributes;
using Insignia.Core.Criteria;
using Insignia.Core.Evidence;

namespace Insignia.Benchmarks;

/// <summary>
/// Evaluates a 10-leaf rule over learners with 20 evidence records each (half of them for the rule's activities).
/// Each operation is one record, so the reported time per op is the cost per evidence record.
/// </summary>
[MemoryDiagnoser]
public class CriteriaEvaluatorBenchmarks
{
    private const int Learners = 5_000;
    private const int RecordsPerLearner = 20;

    private CompiledCriteria _criteria = null!;
    private EvidenceRecord[][] _evidence = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rule = CriteriaRuleParser.Parse("""
            { "all": [
              { "score": { "activity": "b:quiz:1", "min": 0.6 } },
              { "score": { "activity": "b:quiz:2", "minPoints": 6, "attempt": "latest" } },
              { "any": [
                { "mastery": { "outcome": "b:outcome:1", "min": 3 } },
                { "rubric": { "criterion": "b:rubric:1", "min": 2 } },
                { "completion": { "activity": "b:quiz:3" } } ] },
              { "atLeast": { "count": 2, "of": [
                { "score": { "activity": "b:assign:1", "min": 0.5 } },
                { "score": { "activity": "b:assign:2", "min": 0.5 } },
                { "score": { "activity": "b:assign:3", "min": 0.5 } } ] } },
              { "participation": { "activity": "b:forum:1" } },
              { "credential": { "definition": "base" } } ] }
            """).Value!;
        _criteria = CompiledCriteria.Compile(rule);
        var keys = new[] { "b:quiz:1", "b:quiz:2", "b:outcome:1", "b:rubric:1", "b:quiz:3", "b:assign:1", "b:assign:2", "b:assign:3", "b:forum:1", "b:page:1" }
            .Concat(Enumerable.Range(0, 10).Select(i => $"b:other:{i}")).Select(ActivityKey.Parse).ToArray();
        var random = new Random(42);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        _evidence = [.. Enumerable.Range(0, Learners).Select(l => Enumerable.Range(0, RecordsPerLearner).Select(r => new EvidenceRecord
        {
            Source = "b",
            LearnerId = l.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Activity = keys[r],
            Kind = r switch { 2 => EvidenceKind.OutcomeMastery, 3 => EvidenceKind.RubricLevel, 4 => EvidenceKind.Completion, 8 or 9 => EvidenceKind.Participation, _ => EvidenceKind.Score },
            Completion = r == 4 ? CompletionState.Passed : null,
            RawValue = random.Next(0, 11),
            MaxValue = 10,
            OccurredAt = start.AddMinutes(r),
        }).ToArray())];
    }

    [Benchmark(OperationsPerInvoke = Learners * RecordsPerLearner)]
    public int EvaluatePerRecord()
    {
        var held = new HashSet<string> { "base" };
        var met = 0;
        foreach (var learner in _evidence)
        {
            if (CriteriaEvaluator.Evaluate(_criteria, learner, held).Outcome == DecisionOutcome.Met)
            {
                met++;
            }
        }

        return met;
    }
}
