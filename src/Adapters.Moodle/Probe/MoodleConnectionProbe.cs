using Insignia.Adapters.Moodle.Sessions;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Moodle.Probe;

/// <summary>
/// Tests a connection with <c>core_webservice_get_site_info</c>: the site's name and release, which of the
/// adapter's functions the token may call, and what each missing function costs (a degraded feature, not a failure).
/// </summary>
internal sealed class MoodleConnectionProbe(MoodleSessionFactory sessions) : IConnectionProbe
{
    private static readonly HashSet<string> UnreachableCodes = new(StringComparer.Ordinal)
    {
        MoodleErrors.Unreachable, MoodleErrors.Timeout, MoodleErrors.CircuitOpen, MoodleErrors.ServerError, MoodleErrors.RateLimited,
    };

    public async Task<ConnectionProbeResult> ProbeAsync(SourceConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        MoodleSession session;
        try
        {
            session = await sessions.OpenAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (EvidenceSourceException ex) when (!UnreachableCodes.Contains(ex.Code))
        {
            return new ConnectionProbeResult(false, null) { Problems = [$"{ex.Code}: {ex.Message}"] };
        }

        var service = MoodleConnectionSettings.From(connection).ServiceDisplayName;
        var used = MoodleFeatures.All.SelectMany(f => f.Functions).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var degraded = new List<string>();
        foreach (var feature in MoodleFeatures.All.Where(f => !session.Capabilities.Supports(f)))
        {
            degraded.Add(feature.Name);
            problems.AddRange(session.Capabilities.Missing(feature).Select(function =>
                $"{MoodleErrors.FunctionNotEnabled}: web service function {function} is not enabled for service {service}: add it in Site administration › Server › Web services › External services (needed for {feature.Purpose})."));
        }

        return new ConnectionProbeResult(true, session.Site.Sitename)
        {
            Release = session.Site.Release,
            UsableFunctions = [.. session.Capabilities.Functions.Where(used.Contains).Order(StringComparer.Ordinal)],
            Problems = [.. problems.Distinct()],
            DegradedFeatures = degraded,
        };
    }
}
