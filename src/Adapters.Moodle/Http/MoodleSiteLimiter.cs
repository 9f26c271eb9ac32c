using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Insignia.Adapters.Moodle.Http;

/// <summary>One semaphore per Moodle site (scheme, host and port), shared by every connection to that site.</summary>
internal sealed class MoodleSiteLimiter(IOptions<MoodleAdapterOptions> options)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _sites = new(StringComparer.OrdinalIgnoreCase);

    public SemaphoreSlim For(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var limit = options.Value.MaxConcurrencyPerSite;
        return _sites.GetOrAdd(uri.GetLeftPart(UriPartial.Authority), _ => new SemaphoreSlim(limit, limit));
    }
}
