using Refit;

namespace Insignia.Adapters.Moodle.Http;

/// <summary>
/// Moodle's two HTTP endpoints. Every web service function goes through the one REST endpoint, selected by the
/// <c>wsfunction</c> form field; the token travels in the form body, never in the URL. Responses are returned raw
/// because Moodle reports errors as HTTP 200 bodies that must be inspected before deserialising.
/// </summary>
internal interface IMoodleWebServiceApi
{
    /// <summary>Calls <c>webservice/rest/server.php</c> with a form such as <c>wstoken, wsfunction, moodlewsrestformat, courseids[0]</c>.</summary>
    [Post("/webservice/rest/server.php")]
    Task<HttpResponseMessage> CallAsync(
        [Body(BodySerializationMethod.UrlEncoded)] IDictionary<string, string> form,
        CancellationToken cancellationToken);

    /// <summary>Exchanges a service user's credentials for a token at <c>login/token.php</c>.</summary>
    [Post("/login/token.php")]
    Task<HttpResponseMessage> GetTokenAsync(
        [Body(BodySerializationMethod.UrlEncoded)] IDictionary<string, string> form,
        CancellationToken cancellationToken);
}
