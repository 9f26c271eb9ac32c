using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Http;
using Insignia.Core.Ports;
using Microsoft.Extensions.Logging;

namespace Insignia.Adapters.Moodle.Sessions;

/// <summary>Opens a session: resolves the token, then calls <c>core_webservice_get_site_info</c> to learn the usable functions.</summary>
internal sealed class MoodleSessionFactory(
    MoodleApiFactory apis,
    MoodleTokenProvider tokens,
    TimeProvider time,
    ILogger<MoodleSessionFactory> logger)
{
    public async Task<MoodleSession> OpenAsync(SourceConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var api = apis.Create(connection.BaseUrl);
        var settings = MoodleConnectionSettings.From(connection);
        var token = await tokens.GetTokenAsync(connection, settings, api, cancellationToken).ConfigureAwait(false);
        var client = new MoodleClient(api, token, settings.ServiceDisplayName, time, logger);
        SiteInfo site;
        try
        {
            site = await client.CallAsync(
                MoodleFunctions.GetSiteInfo, MoodleParameters.None, MoodleJsonContext.Default.SiteInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (EvidenceSourceException ex) when (ex.Code == MoodleErrors.InvalidToken && settings.UsesPassword)
        {
            tokens.Forget(connection, settings); // the issued token was revoked: log in again next time
            throw;
        }

        var capabilities = new MoodleCapabilities(site.Functions.Select(f => f.Name));
        return new MoodleSession(connection, client, site, capabilities);
    }
}
