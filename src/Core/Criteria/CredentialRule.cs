using Insignia.Core.Evidence;

namespace Insignia.Core.Criteria;

/// <summary>
/// Met when the learner holds another credential (stacking). A held credential counts as assessment
/// evidence, because it was itself issued on assessment.
/// </summary>
/// <param name="DefinitionId">The id of the credential definition that must be held.</param>
public sealed record CredentialRule(string DefinitionId) : LeafRule
{
    /// <inheritdoc/>
    public override string Keyword => "credential";

    /// <inheritdoc/>
    public override ActivityKey? Target => null;

    /// <inheritdoc/>
    public override bool IsAssessment => true;
}
