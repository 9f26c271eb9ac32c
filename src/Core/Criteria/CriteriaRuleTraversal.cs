namespace Insignia.Core.Criteria;

/// <summary>Walks a rule tree.</summary>
internal static class CriteriaRuleTraversal
{
    /// <summary>The ids of the credential definitions a rule stacks on, in rule order.</summary>
    public static IEnumerable<string> StackedDefinitions(this CriteriaRule rule) => rule switch
    {
        CredentialRule credential => [credential.DefinitionId],
        AllRule all => all.Children.SelectMany(StackedDefinitions),
        AnyRule any => any.Children.SelectMany(StackedDefinitions),
        AtLeastRule atLeast => atLeast.Children.SelectMany(StackedDefinitions),
        _ => [],
    };
}
