namespace Insignia.Adapters.Moodle.Sessions;

/// <summary>The functions the token may call, as <c>core_webservice_get_site_info</c> listed them.</summary>
internal sealed class MoodleCapabilities(IEnumerable<string> functions)
{
    private readonly HashSet<string> _functions = new(functions, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Functions => _functions;

    public bool Supports(MoodleFeature feature) => feature.Functions.All(_functions.Contains);

    public IReadOnlyList<string> Missing(MoodleFeature feature) => [.. feature.Functions.Where(f => !_functions.Contains(f))];
}
