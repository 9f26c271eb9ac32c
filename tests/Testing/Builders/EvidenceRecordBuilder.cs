using Insignia.Core.Evidence;

namespace Insignia.Testing.Builders;

/// <summary>Builds valid evidence records; a test states only what it is about.</summary>
public sealed class EvidenceRecordBuilder
{
    private static readonly DateTimeOffset DefaultTime = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private EvidenceRecord _record = new()
    {
        Source = "demo",
        LearnerId = "learner-1",
        Activity = ActivityKey.Parse("demo:quiz:1"),
        Kind = EvidenceKind.Score,
        RawValue = 8,
        MaxValue = 10,
        OccurredAt = DefaultTime,
    };

    public static EvidenceRecordBuilder Score(string activity, double raw, double max = 100) =>
        new EvidenceRecordBuilder().For(activity).WithScore(raw, max);

    public static EvidenceRecordBuilder Participation(string activity) =>
        new EvidenceRecordBuilder().For(activity).WithKind(EvidenceKind.Participation).WithValues(null, null).WithDetail("view");

    public static EvidenceRecordBuilder Completion(string activity, CompletionState state) =>
        new EvidenceRecordBuilder().For(activity).WithKind(EvidenceKind.Completion).WithValues(null, null).WithCompletion(state);

    public static EvidenceRecordBuilder Mastery(string outcome, double level, double max = 4) =>
        new EvidenceRecordBuilder().For(outcome).WithKind(EvidenceKind.OutcomeMastery).WithValues(level, max);

    public static EvidenceRecordBuilder Rubric(string criterion, double level, double max = 4) =>
        new EvidenceRecordBuilder().For(criterion).WithKind(EvidenceKind.RubricLevel).WithValues(level, max);

    public EvidenceRecordBuilder For(string activity) => With(r => r with { Activity = ActivityKey.Parse(activity) });

    public EvidenceRecordBuilder ForLearner(string learnerId) => With(r => r with { LearnerId = learnerId });

    public EvidenceRecordBuilder FromSource(string source) => With(r => r with { Source = source });

    public EvidenceRecordBuilder WithKind(EvidenceKind kind) => With(r => r with { Kind = kind });

    public EvidenceRecordBuilder WithScore(double raw, double max) => With(r => r with { Kind = EvidenceKind.Score, RawValue = raw, MaxValue = max });

    public EvidenceRecordBuilder WithValues(double? raw, double? max) => With(r => r with { RawValue = raw, MaxValue = max });

    public EvidenceRecordBuilder WithCompletion(CompletionState state) => With(r => r with { Completion = state });

    public EvidenceRecordBuilder WithAttempt(string attempt) => With(r => r with { Attempt = attempt });

    public EvidenceRecordBuilder At(DateTimeOffset when) => With(r => r with { OccurredAt = when });

    public EvidenceRecordBuilder AtMinute(int minute) => At(DefaultTime.AddMinutes(minute));

    public EvidenceRecordBuilder Named(string name) => With(r => r with { ActivityName = name });

    public EvidenceRecordBuilder WithDetail(string detail) => With(r => r with { Detail = detail });

    public EvidenceRecord Build() => _record;

    private EvidenceRecordBuilder With(Func<EvidenceRecord, EvidenceRecord> change)
    {
        _record = change(_record);
        return this;
    }
}
