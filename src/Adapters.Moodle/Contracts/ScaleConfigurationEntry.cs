namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>
/// One entry of a competency <c>scaleconfiguration</c> JSON string: the first entry names the scale, the
/// others are its items (<c>id</c> is the 1-based scale value, <c>proficient</c> 0/1).
/// </summary>
internal sealed record ScaleConfigurationEntry
{
    public int? Id { get; init; }

    public int? Proficient { get; init; }
}
