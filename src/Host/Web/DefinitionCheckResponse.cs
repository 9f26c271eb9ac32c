namespace Insignia.Host.Web;

/// <summary>A definition that passed validation (and, when saved, its version).</summary>
internal sealed record DefinitionCheckResponse(bool Valid, string Id)
{
    public int? Version { get; init; }
}
