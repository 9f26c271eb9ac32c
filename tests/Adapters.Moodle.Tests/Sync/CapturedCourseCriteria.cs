using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Tests.Sync;

/// <summary>
/// The test's own reading of "Essay ≥ 50% AND Quiz passed" over mapped records (the lead's criteria engine is
/// written in parallel): a visible essay score normalised to at least 0.5, and a quiz completion Passed or a
/// quiz best grade at or above the grade to pass.
/// </summary>
internal static class CapturedCourseCriteria
{
    public static readonly ActivityKey Essay = ActivityKey.Parse("moodle:assign:1");
    public static readonly ActivityKey Quiz = ActivityKey.Parse("moodle:quiz:1");

    public static IReadOnlyList<string> LearnersMeeting(IEnumerable<EvidenceRecord> records)
    {
        var byLearner = records.Where(r => r.IsAssessment).GroupBy(r => r.LearnerId);
        return [.. byLearner
            .Where(g => EssayPassed(g) && QuizPassed(g))
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)];
    }

    private static bool EssayPassed(IEnumerable<EvidenceRecord> records) =>
        records.Any(r => r.Activity == Essay && r.Kind == EvidenceKind.Score && r.Attempt.Length == 0 && r.NormalizedScore >= 0.5);

    private static bool QuizPassed(IEnumerable<EvidenceRecord> records) =>
        records.Any(r => r.Activity == Quiz && r.Kind == EvidenceKind.Completion && r.Completion == CompletionState.Passed);
}
