using BenchmarkDotNet.Attributes;
using Insignia.Core.Criteria;
using Insignia.Core.Evidence;
using Insignia.Host.Evaluation;
using Insignia.Host.Lti.Session;
using Insignia.Host.Web;
using Insignia.Host.Web.Course;
using Microsoft.AspNetCore.Antiforgery;

namespace Insignia.Benchmarks;

/// <summary>
/// Renders the instructor's preview section (HTML-encoded table with localised "what is missing" for each learner)
/// for a 1,000-learner course judged on a 3-requirement rule; one operation is one page render.
/// </summary>
[MemoryDiagnoser]
public class PreviewRenderBenchmarks
{
    private const int Learners = 1_000;

    private PreviewRow[] _rows = null!;
    private UiRequest _spanish = null!;

    [GlobalSetup]
    public void Setup()
    {
        var criteria = CompiledCriteria.Compile(CriteriaRuleParser.Parse("""
            { "all": [
              { "score": { "activity": "b:assign:1", "min": 0.7 } },
              { "completion": { "activity": "b:quiz:2", "state": "passed" } },
              { "any": [ { "mastery": { "outcome": "b:outcome:1", "min": 3 } }, { "score": { "activity": "b:assign:3", "minPoints": 8 } } ] } ] }
            """).Value!);
        var names = new Dictionary<ActivityKey, string> { [ActivityKey.Parse("b:assign:1")] = "Ensayo <final>", [ActivityKey.Parse("b:quiz:2")] = "Cuestionario 2" };
        var random = new Random(42);
        _rows = [.. Enumerable.Range(0, Learners).Select(i =>
        {
            EvidenceRecord[] evidence =
            [
                new() { Source = "b", LearnerId = $"l{i}", Activity = ActivityKey.Parse("b:assign:1"), Kind = EvidenceKind.Score, RawValue = random.Next(0, 101), MaxValue = 100, OccurredAt = DateTimeOffset.UnixEpoch },
            ];
            return new PreviewRow($"l{i}", $"Estudiante {i}", CriteriaEvaluator.Evaluate(criteria, evidence, null, names));
        })];
        var session = new LtiSession("b", "course", "teacher", IsInstructor: true, DateTimeOffset.MaxValue);
        _spanish = new UiRequest(session, UiLanguage.Spanish, new AntiforgeryTokenSet("request", "cookie", "__csrf", null));
    }

    [Benchmark]
    public int RenderPreview() => PreviewSection.Render(_spanish, _rows).Length;
}
