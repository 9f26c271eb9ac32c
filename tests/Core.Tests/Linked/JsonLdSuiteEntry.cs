namespace Insignia.Core.Tests.Linked;

/// <summary>One toRdf manifest entry.</summary>
internal sealed record JsonLdSuiteEntry(
    string Id,
    string Name,
    bool IsNegative,
    bool IsSyntaxOnly,
    string Input,
    string? Expect,
    string? ExpectErrorCode,
    IReadOnlyDictionary<string, object?> Options);
