using System.Globalization;
using Insignia.Core.Evidence;

namespace Insignia.Host.Demo;

/// <summary>Turns demo learners into the evidence records a real LMS adapter would produce.</summary>
internal static class DemoEvidenceGenerator
{
    private static readonly DateTimeOffset CourseStart = new(2026, 8, 10, 15, 0, 0, TimeSpan.Zero);

    public static IEnumerable<EvidenceRecord> For(DemoLearner learner, int index)
    {
        var day = CourseStart.AddDays(index % 20);
        if (learner.Participates)
        {
            yield return Record(learner, DemoCourse.Forum, EvidenceKind.Participation, day) with { Detail = "forum_post" };
            yield return Record(learner, DemoCourse.Reading, EvidenceKind.Participation, day.AddHours(1)) with { Detail = "view" };
        }

        if (learner.Essay is { } essay)
        {
            yield return Record(learner, DemoCourse.Essay, EvidenceKind.Score, day.AddDays(7)) with { RawValue = essay, MaxValue = 100, Assessor = "teacher-2" };
        }

        for (var attempt = 0; attempt < learner.QuizAttempts.Count; attempt++)
        {
            yield return Record(learner, DemoCourse.Quiz, EvidenceKind.Score, day.AddDays(14 + attempt)) with
            {
                Attempt = (attempt + 1).ToString(CultureInfo.InvariantCulture),
                RawValue = learner.QuizAttempts[attempt],
                MaxValue = 10,
                Assessor = "auto",
            };
        }

        if (learner.QuizAttempts.Count > 0)
        {
            var passed = learner.QuizAttempts.Max() >= 6;
            yield return Record(learner, DemoCourse.Quiz, EvidenceKind.Completion, day.AddDays(14 + learner.QuizAttempts.Count)) with
            {
                Completion = passed ? CompletionState.Passed : CompletionState.Failed,
                Detail = "completionpassgrade",
            };
        }

        if (learner.OutcomeLevel is { } level)
        {
            yield return Record(learner, DemoCourse.Outcome, EvidenceKind.OutcomeMastery, day.AddDays(20)) with { RawValue = level, MaxValue = 4, Assessor = "teacher-2" };
        }
    }

    /// <summary>A deterministic synthetic learner for load tests: numbers vary with the index.</summary>
    public static DemoLearner Synthetic(int index) => new(
        (100_000 + index).ToString(CultureInfo.InvariantCulture),
        $"Estudiante {index}",
        $"estudiante{index}@example.edu.mx",
        Essay: index % 7 == 0 ? null : 30 + (index * 37 % 71),
        QuizAttempts: [(index * 3) % 11, (index * 7) % 11, (index * 5) % 11],
        OutcomeLevel: index % 5,
        Participates: true);

    private static EvidenceRecord Record(DemoLearner learner, ActivityKey activity, EvidenceKind kind, DateTimeOffset at) => new()
    {
        Source = DemoCourse.Connection,
        LearnerId = learner.Id,
        Activity = activity,
        ActivityName = DemoCourse.Activities.First(a => a.Key == activity).Name,
        Kind = kind,
        OccurredAt = at,
    };
}
