using System.Collections.Concurrent;
using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Errors;
using Insignia.Adapters.Moodle.Http;
using Insignia.Core.Ports;
using Microsoft.Extensions.Logging;

namespace Insignia.Adapters.Moodle.Sessions;

/// <summary>
/// Finds the web service token of a connection: the secret itself, or (<c>auth=password</c>) a token that
/// <c>login/token.php</c> issues for the service user, cached in <see cref="MoodleIssuedTokens"/> for the process's
/// lifetime (Moodle tokens do not expire by default). Scoped, because the host's secret store may be.
/// </summary>
internal sealed class MoodleTokenProvider(ISecretStore secrets, MoodleIssuedTokens issued, TimeProvider time, ILogger<MoodleTokenProvider> logger)
{
    private readonly ConcurrentDictionary<string, string> _issued = issued.Tokens;

    public async Task<string> GetTokenAsync(
        SourceConnection connection,
        MoodleConnectionSettings settings,
        IMoodleWebServiceApi api,
        CancellationToken cancellationToken)
    {
        var secret = connection.SecretReference is { } reference
            ? await secrets.GetAsync(reference, cancellationToken).ConfigureAwait(false)
            : null;
        if (string.IsNullOrEmpty(secret))
        {
            throw new EvidenceSourceException($"Connection '{connection.Name}' has no Moodle token: store one with 'connection add --kind moodle --token ...' (Site administration › Server › Web services › Manage tokens).")
            {
                Platform = PlatformKind.Moodle,
                Code = MoodleErrors.MissingToken,
            };
        }

        if (!settings.UsesPassword)
        {
            return secret;
        }

        if (settings.Username is null || settings.Service is null)
        {
            throw new EvidenceSourceException($"Connection '{connection.Name}' uses auth=password but lacks the 'username' or 'service' setting.")
            {
                Platform = PlatformKind.Moodle,
                Code = MoodleErrors.LoginFailed,
            };
        }

        var key = CacheKey(connection, settings);
        if (_issued.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var token = await LoginAsync(api, settings.Username, secret, settings.Service, cancellationToken).ConfigureAwait(false);
        _issued[key] = token;
        Log.TokenObtained(logger, connection.Name);
        return token;
    }

    /// <summary>Drops an issued token that Moodle no longer accepts, so the next session logs in again.</summary>
    public void Forget(SourceConnection connection, MoodleConnectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(settings);
        _issued.TryRemove(CacheKey(connection, settings), out _);
    }

    private static string CacheKey(SourceConnection connection, MoodleConnectionSettings settings) =>
        $"{connection.Name}\n{connection.BaseUrl}\n{settings.Username}\n{settings.Service}";

    private async Task<string> LoginAsync(IMoodleWebServiceApi api, string username, string password, string service, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["username"] = username,
            ["password"] = password,
            ["service"] = service,
        };
        var body = await MoodleTransport.SendAsync(ct => api.GetTokenAsync(form, ct), "login/token.php", time, cancellationToken)
            .ConfigureAwait(false);
        if (MoodleTransport.TryReadError(body, out var error))
        {
            throw MoodleErrorTranslator.FromLogin(error, service);
        }

        var response = MoodleTransport.Deserialize(body, MoodleJsonContext.Default.LoginTokenResponse, "login/token.php");
        return string.IsNullOrEmpty(response.Token)
            ? throw MoodleErrorTranslator.FromLogin(new MoodleErrorBody { Errorcode = "notoken", Error = "no token in the answer" }, service)
            : response.Token;
    }
}
