using System.Globalization;
using Insignia.Core.Evidence;

namespace Insignia.Core.Criteria;

/// <summary>Judges one leaf from the record chosen for it and explains the result.</summary>
internal static class LeafJudge
{
    private const double Tolerance = 1e-9;

    public static RuleResult Judge(LeafRule leaf, string path, EvidenceRecord? chosen, EvidenceRecord? failed, IReadOnlySet<string> held, IReadOnlyDictionary<ActivityKey, string>? names)
    {
        var name = leaf.Target is { } target
            ? (names is not null && names.TryGetValue(target, out var known) ? known : chosen?.ActivityName ?? failed?.ActivityName ?? target.ToString())
            : null;
        return leaf switch
        {
            ScoreRule score => Threshold(score, path, name!, chosen, score.MinFraction ?? score.MinPoints!.Value, score.MinFraction is null ? "points" : "fraction"),
            MasteryRule mastery => Threshold(mastery, path, name!, chosen, mastery.MinLevel, "level"),
            RubricRule rubric => Threshold(rubric, path, name!, chosen, rubric.MinLevel, "level"),
            CompletionRule completion => Completion(completion, path, name!, chosen, failed),
            CredentialRule credential => Credential(credential, path, held),
            ParticipationRule participation => Presence(participation, path, name!, chosen),
            _ => throw new ArgumentException($"Unknown leaf {leaf.Keyword}.", nameof(leaf)),
        };
    }

    private static RuleResult Threshold(LeafRule leaf, string path, string name, EvidenceRecord? chosen, double required, string unit)
    {
        var actual = chosen is null ? null : LeafSelection.Value(leaf, chosen);
        var outcome = actual is null ? DecisionOutcome.Pending
            : actual.Value + Tolerance >= required ? DecisionOutcome.Met : DecisionOutcome.NotMet;
        var requirement = leaf switch
        {
            MasteryRule => $"mastery ≥ {Format(required, unit)} on {name}",
            RubricRule => $"≥ {Format(required, unit)} on rubric criterion {name}",
            _ => $"≥ {Format(required, unit)} on {name}",
        };
        var missing = outcome switch
        {
            DecisionOutcome.Met => null,
            DecisionOutcome.Pending => $"needs {requirement}, no graded attempt yet",
            _ => $"needs {requirement}, has {Format(actual!.Value, unit)}",
        };
        return new RuleResult
        {
            Path = path,
            Keyword = leaf.Keyword,
            Outcome = outcome,
            Requirement = requirement,
            Missing = missing,
            Target = leaf.Target,
            TargetName = name,
            Required = required,
            Actual = actual,
            Unit = unit,
            Evidence = chosen is null ? [] : [chosen],
        };
    }

    private static RuleResult Completion(CompletionRule leaf, string path, string name, EvidenceRecord? chosen, EvidenceRecord? failed)
    {
        var passedRequired = leaf.Requirement == CompletionRequirement.Passed;
        var outcome = chosen is not null ? DecisionOutcome.Met : failed is not null ? DecisionOutcome.NotMet : DecisionOutcome.Pending;
        var requirement = passedRequired ? $"{name} passed" : $"{name} completed";
        var missing = outcome switch
        {
            DecisionOutcome.Met => null,
            DecisionOutcome.NotMet => $"needs {requirement}, it was completed without reaching the pass grade",
            _ => $"needs {requirement}, not completed yet",
        };
        var used = chosen ?? failed;
        return new RuleResult
        {
            Path = path,
            Keyword = leaf.Keyword,
            Outcome = outcome,
            Requirement = requirement,
            Missing = missing,
            Target = leaf.Target,
            TargetName = name,
            Evidence = used is null ? [] : [used],
        };
    }

    private static RuleResult Credential(CredentialRule leaf, string path, IReadOnlySet<string> held)
    {
        var met = held.Contains(leaf.DefinitionId);
        return new RuleResult
        {
            Path = path,
            Keyword = leaf.Keyword,
            Outcome = met ? DecisionOutcome.Met : DecisionOutcome.Pending,
            Requirement = $"holds the credential '{leaf.DefinitionId}'",
            Missing = met ? null : $"needs the credential '{leaf.DefinitionId}', not earned yet",
        };
    }

    private static RuleResult Presence(ParticipationRule leaf, string path, string name, EvidenceRecord? chosen) => new()
    {
        Path = path,
        Keyword = leaf.Keyword,
        Outcome = chosen is null ? DecisionOutcome.Pending : DecisionOutcome.Met,
        Requirement = $"participation in {name}",
        Missing = chosen is null ? $"needs participation in {name}, none recorded yet" : null,
        Target = leaf.Target,
        TargetName = name,
        Evidence = chosen is null ? [] : [chosen],
    };

    internal static string Format(double value, string unit) => unit switch
    {
        "fraction" => (value * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%",
        "points" => value.ToString("0.##", CultureInfo.InvariantCulture) + " points",
        _ => value.ToString("0.##", CultureInfo.InvariantCulture),
    };
}
