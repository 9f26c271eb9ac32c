using System.Text.Json.Serialization;

namespace Insignia.Host.Lti.Advantage;

/// <summary>A member of an NRPS membership container (snake_case as the spec sends it).</summary>
internal sealed record NrpsMember
{
    [JsonPropertyName("user_id")]
    public required string UserId { get; init; }

    [JsonPropertyName("status")]
    public string Status { get; init; } = "Active";

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("email")]
    public string? Email { get; init; }

    [JsonPropertyName("roles")]
    public IReadOnlyList<string> Roles { get; init; } = [];
}
