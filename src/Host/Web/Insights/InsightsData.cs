namespace Insignia.Host.Web.Insights;

/// <summary>What the insights pages chart: funnels, verifications per week and credential, and stacking progress.</summary>
internal sealed record InsightsData(
    IReadOnlyList<CredentialFunnel> Funnels,
    IReadOnlyList<DateOnly> Weeks,
    IReadOnlyDictionary<string, IReadOnlyList<long>> VerificationsByWeek,
    IReadOnlyList<StackProgress> Stacks);
