using Insignia.Core.Achievements;
using Insignia.Core.Criteria;

namespace Insignia.Host.Definitions;

/// <summary>The outcome of saving a definition: the stored version, or why nothing was saved.</summary>
internal sealed record DefinitionSaveResult(CredentialDefinition? Saved, IReadOnlyList<CriteriaError> Errors, bool Unchanged = false)
{
    public bool IsSaved => Saved is not null && Errors.Count == 0;
}
