using System.Runtime.CompilerServices;
using Refit;

namespace Insignia.Adapters.Canvas.Http;

/// <summary>
/// Follows Canvas's <c>Link: rel="next"</c> chain: the first page from a typed call, every other page from the
/// URL the previous page named (or a stored resume URL). A page shorter than <c>per_page</c> is not the end; only
/// a missing next link is.
/// </summary>
internal static class CanvasPaging
{
    public static async IAsyncEnumerable<CanvasPage<T>> StreamAsync<T>(
        CanvasClient client,
        string what,
        Uri? resumeAt,
        Func<CancellationToken, Task<IApiResponse<T>>> first,
        Func<Uri, CancellationToken, Task<IApiResponse<T>>> following,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = resumeAt is null
            ? await ReadAsync(client, what, first, cancellationToken).ConfigureAwait(false)
            : await ReadAsync(client, what, ct => following(resumeAt, ct), cancellationToken).ConfigureAwait(false);
        yield return page;
        while (page.Next is { } next)
        {
            page = await ReadAsync(client, what, ct => following(next, ct), cancellationToken).ConfigureAwait(false);
            yield return page;
        }
    }

    public static async Task<CanvasPage<T>> ReadAsync<T>(
        CanvasClient client,
        string what,
        Func<CancellationToken, Task<IApiResponse<T>>> call,
        CancellationToken cancellationToken)
    {
        IApiResponse<T> response;
        try
        {
            response = await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw CanvasFailures.FromException(client.Connection, what, exception, cancellationToken);
        }

        using (response)
        {
            if (response.HasRequestError(out var requestError))
            {
                throw CanvasFailures.FromException(client.Connection, what, requestError, cancellationToken);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw CanvasFailures.FromResponse(client.Connection, what, response);
            }

            if (response.Error is not null || response.Content is null)
            {
                throw CanvasFailures.InvalidResponse(client.Connection, what, response.Error);
            }

            var next = response.Headers is { } headers && headers.TryGetValues("Link", out var links)
                ? CanvasLinkHeader.FindNext(links, response.RequestMessage?.RequestUri)
                : null;
            return new CanvasPage<T>(response.Content, next);
        }
    }
}
