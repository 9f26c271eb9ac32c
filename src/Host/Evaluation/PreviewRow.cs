using Insignia.Core.Criteria;

namespace Insignia.Host.Evaluation;

/// <summary>One learner's would-be decision in a preview.</summary>
internal sealed record PreviewRow(string ExternalId, string DisplayName, Decision Decision);
