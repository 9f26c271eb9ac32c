using System.Text.Json.Serialization.Metadata;
using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Errors;
using Insignia.Core.Ports;
using Microsoft.Extensions.Logging;

namespace Insignia.Adapters.Moodle.Http;

/// <summary>
/// Calls web service functions for one connection: adds the token and format, turns Moodle's HTTP 200 error
/// bodies and transport failures into <see cref="EvidenceSourceException"/>, and surfaces <c>warnings[]</c>.
/// </summary>
internal sealed class MoodleClient(IMoodleWebServiceApi api, string token, string service, TimeProvider time, ILogger logger)
{
    private int _requestCount;

    /// <summary>Gets how many web service calls this client has made (for tests and load reports).</summary>
    public int RequestCount => _requestCount;

    /// <summary>Gets the external service name used in messages.</summary>
    public string Service => service;

    public async Task<T> CallAsync<T>(
        string function,
        MoodleParameters parameters,
        JsonTypeInfo<T> type,
        CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>(parameters.Values.Count + 3, StringComparer.Ordinal)
        {
            ["wstoken"] = token,
            ["wsfunction"] = function,
            ["moodlewsrestformat"] = "json",
        };
        foreach (var (name, value) in parameters.Values)
        {
            form[name] = value;
        }

        Interlocked.Increment(ref _requestCount);
        var body = await MoodleTransport.SendAsync(
            ct => api.CallAsync(form, ct), function, time, cancellationToken).ConfigureAwait(false);
        if (MoodleTransport.TryReadError(body, out var error) && error.Exception is not null)
        {
            throw MoodleErrorTranslator.FromWebService(error, function, service);
        }

        var result = MoodleTransport.Deserialize(body, type, function);
        if (result is IMoodleWarnings { Warnings.Count: > 0 } withWarnings)
        {
            foreach (var warning in withWarnings.Warnings)
            {
                Log.MoodleWarning(logger, function, warning.Warningcode, warning.Item, warning.Itemid);
            }
        }

        return result;
    }
}
