namespace Insignia.Host.Issuer;

/// <summary>A credential that was just stored: for whom, of which definition and course.</summary>
internal sealed record IssuedCredentialNotice(Guid LearnerId, string DefinitionId, string DefinitionName, string CourseKey);
