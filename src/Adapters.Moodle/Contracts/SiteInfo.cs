namespace Insignia.Adapters.Moodle.Contracts;

/// <summary><c>core_webservice_get_site_info</c>: who the token is and which functions it may call.</summary>
internal sealed record SiteInfo
{
    public string? Sitename { get; init; }

    public long Userid { get; init; }

    public string? Release { get; init; }

    public string? Version { get; init; }

    public long Siteid { get; init; } = 1;

    public IReadOnlyList<SiteFunction> Functions { get; init; } = [];
}
