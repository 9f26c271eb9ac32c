using CsCheck;
using Insignia.Core.Criteria;
using Insignia.Core.Evidence;

namespace Insignia.Core.Tests.Criteria;

/// <summary>Random rules and evidence over a small universe of activities, so leaves and records meet often.</summary>
internal static class CriteriaGenerators
{
    public static readonly ActivityKey[] Activities = [.. Enumerable.Range(0, 5).Select(i => new ActivityKey("t", "a", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    private static readonly Gen<ActivityKey> Activity = Gen.Int[0, Activities.Length - 1].Select(i => Activities[i]);

    private static readonly Gen<AttemptPolicy> Attempts = Gen.Enum<AttemptPolicy>();

    public static readonly Gen<LeafRule> Leaf = Gen.OneOf<LeafRule>(
        Gen.Select(Activity, Gen.Int[0, 10], Attempts, (a, t, p) => (LeafRule)new ScoreRule(a) { MinFraction = t / 10d, Attempts = p }),
        Gen.Select(Activity, Gen.Int[0, 10], Attempts, (a, t, p) => (LeafRule)new ScoreRule(a) { MinPoints = t, Attempts = p }),
        Gen.Select(Activity, Gen.Int[0, 4], (a, l) => (LeafRule)new MasteryRule(a, l)),
        Gen.Select(Activity, Gen.Int[0, 4], (a, l) => (LeafRule)new RubricRule(a, l)),
        Activity.Select(a => (LeafRule)new CompletionRule(a, CompletionRequirement.Passed)),
        Activity.Select(a => (LeafRule)new CompletionRule(a, CompletionRequirement.Complete)),
        Gen.Int[0, 2].Select(i => (LeafRule)new CredentialRule($"cred-{i}")),
        Activity.Select(a => (LeafRule)new ParticipationRule(a)));

    public static readonly Gen<CriteriaRule> Rule = RuleOfDepth(3);

    public static readonly Gen<EvidenceRecord> Record = Gen.Select(
        Activity,
        Gen.Int[0, 4],
        Gen.Int[0, 10],
        Gen.Int[0, 3],
        Gen.Int[0, 50],
        (activity, kind, value, state, minute) => MakeRecord(activity, kind, value, state, minute));

    public static readonly Gen<EvidenceRecord[]> Evidence = Record.Array[0, 12];

    public static readonly Gen<HashSet<string>> Held = Gen.Int[0, 2].Array[0, 2].Select(ids => ids.Select(i => $"cred-{i}").ToHashSet());

    private static Gen<CriteriaRule> RuleOfDepth(int depth)
    {
        var leaf = Leaf.Select(l => (CriteriaRule)l);
        if (depth == 0)
        {
            return leaf;
        }

        var children = RuleOfDepth(depth - 1).Array[1, 4];
        return Gen.Frequency(
            (3, leaf),
            (1, children.Select(c => (CriteriaRule)new AllRule(c))),
            (1, children.Select(c => (CriteriaRule)new AnyRule(c))),
            (1, children.SelectMany(c => Gen.Int[1, c.Length].Select(n => (CriteriaRule)new AtLeastRule(n, c)))));
    }

    private static EvidenceRecord MakeRecord(ActivityKey activity, int kind, int value, int state, int minute) => new()
    {
        Source = "t",
        LearnerId = "l",
        Activity = activity,
        Kind = (EvidenceKind)(kind + 1),
        Attempt = minute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        RawValue = kind is 3 or 4 ? null : value,
        MaxValue = kind is 3 or 4 ? null : 10,
        Completion = kind == 3 ? (CompletionState)state : null,
        OccurredAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minute),
    };
}
