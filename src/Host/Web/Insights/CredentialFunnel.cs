namespace Insignia.Host.Web.Insights;

/// <summary>One credential's funnel: learners with assessment evidence in its course, learners whose decision is Met, learners holding it (not revoked).</summary>
internal sealed record CredentialFunnel(string DefinitionId, string Name, int Attempted, int Qualified, int Issued);
