using Insignia.Core.Criteria;
using Insignia.Core.Evidence;

namespace Insignia.Core.Achievements;

/// <summary>
/// Checks a parsed definition against its surroundings: the attendance guard, the course's activities and the
/// other definitions it stacks on. A definition with any error must not be saved.
/// </summary>
public static class CredentialDefinitionValidator
{
    /// <summary>Validates a definition.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="courseActivities">The activity keys the course has, or <see langword="null"/> when the catalog is unknown.</param>
    /// <param name="findDefinition">Looks up another definition by id (latest version), for stacking leaves.</param>
    /// <returns>Every problem found; empty when the definition may be saved.</returns>
    public static IReadOnlyList<CriteriaError> Validate(
        CredentialDefinition definition,
        IReadOnlySet<ActivityKey>? courseActivities,
        Func<string, CredentialDefinition?> findDefinition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(findDefinition);
        var errors = new List<CriteriaError>();
        var compiled = CompiledCriteria.Compile(definition.Rule, "$.rule");
        errors.AddRange(AttendanceGuard.Check(compiled));
        if (courseActivities is not null)
        {
            foreach (var (key, path) in Targets(compiled).Where(t => !courseActivities.Contains(t.Key)))
            {
                errors.Add(new CriteriaError(path, CriteriaErrors.UnknownActivity,
                    $"'{key}' is not an activity of course {definition.CourseKey}; pick one from the course catalog (run a sync first if it is new)."));
            }
        }

        foreach (var (stacked, path) in Stacked(compiled))
        {
            if (stacked == definition.Id)
            {
                errors.Add(new CriteriaError(path, CriteriaErrors.CyclicStacking, $"The credential '{definition.Id}' cannot require itself."));
            }
            else if (findDefinition(stacked) is null)
            {
                errors.Add(new CriteriaError(path, CriteriaErrors.UnknownCredential, $"No credential definition '{stacked}' exists; define it first."));
            }
            else if (FindCycle(stacked, definition.Id, findDefinition, []) is { } cycle)
            {
                errors.Add(new CriteriaError(path, CriteriaErrors.CyclicStacking,
                    $"Stacking forms a cycle: {definition.Id} → {string.Join(" → ", cycle)}. A credential cannot (indirectly) require itself."));
            }
        }

        return errors;
    }

    private static IEnumerable<(ActivityKey Key, string Path)> Targets(CompiledCriteria compiled) =>
        Walk(compiled.Root).Where(n => n.Rule is LeafRule { Target: not null }).Select(n => (((LeafRule)n.Rule).Target!.Value, $"{n.Path}.{n.Rule.Keyword}.{TargetField(n.Rule)}"));

    private static string TargetField(CriteriaRule leaf) => leaf switch
    {
        MasteryRule => "outcome",
        RubricRule => "criterion",
        _ => "activity",
    };

    private static IEnumerable<(string Id, string Path)> Stacked(CompiledCriteria compiled) =>
        Walk(compiled.Root).Where(n => n.Rule is CredentialRule).Select(n => (((CredentialRule)n.Rule).DefinitionId, $"{n.Path}.credential.definition"));

    private static IEnumerable<CompiledNode> Walk(CompiledNode node) => [node, .. node.Children.SelectMany(Walk)];

    private static List<string>? FindCycle(string current, string target, Func<string, CredentialDefinition?> find, HashSet<string> visited)
    {
        if (!visited.Add(current) || find(current) is not { } definition)
        {
            return null;
        }

        foreach (var next in definition.Rule.StackedDefinitions())
        {
            if (next == target)
            {
                return [current, target];
            }

            if (FindCycle(next, target, find, visited) is { } rest)
            {
                return [current, .. rest];
            }
        }

        return null;
    }
}
