namespace Insignia.Host.Mooc;

/// <summary>An external MOOC course of a connection, mapped to an institution course and the credential definition it counts towards.</summary>
internal sealed record MoocCourseMapping(long Id, string Connection, string ExternalCourseId, string? ExternalTitle, string CourseKey, string DefinitionId);
