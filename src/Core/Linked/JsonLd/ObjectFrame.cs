namespace Insignia.Core.Linked.JsonLd;

/// <summary>The state of expanding one JSON object, shared by its entries and its @nest-ed objects.</summary>
internal sealed record ObjectFrame(
    ActiveContext Active,
    ActiveContext TypeScoped,
    string? ActiveProperty,
    string? BaseUrl,
    string? InputType,
    Dictionary<string, object?> Result);
