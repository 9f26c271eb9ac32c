namespace Insignia.Host.Issuer;

/// <summary>What the outbox is unique on: one credential per learner, definition and definition version.</summary>
internal readonly record struct IssuanceKey(Guid LearnerId, string DefinitionId, int DefinitionVersion);
