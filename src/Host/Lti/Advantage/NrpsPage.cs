namespace Insignia.Host.Lti.Advantage;

/// <summary>One page of NRPS members, with the next page and the "differences" URL when the platform gives them.</summary>
internal sealed record NrpsPage(IReadOnlyList<NrpsMember> Members, string? NextUrl, string? DifferencesUrl);
