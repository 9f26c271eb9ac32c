namespace Insignia.Host.Web.Insights;

/// <summary>A stacked credential: how many learners hold k of its n stacked credentials (index k-1 of <see cref="Holders"/>, k from 1 to n).</summary>
internal sealed record StackProgress(string DefinitionId, string Name, int Of, IReadOnlyList<int> Holders);
