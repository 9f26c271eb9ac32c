namespace Insignia.Core.Tests.Linked;

/// <summary>One entry of the RDFC-1.0 manifest, with absolute file paths.</summary>
internal sealed record RdfcSuiteEntry(string Id, string Type, string Action, string? Result, string? HashAlgorithm);
