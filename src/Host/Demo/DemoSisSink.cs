using System.Collections.Concurrent;
using Insignia.Core.Ports;
using Insignia.Core.Transcripts;

namespace Insignia.Host.Demo;

/// <summary>
/// The built-in stand-in SIS: keeps transcript lines in memory, keyed by the entry's idempotency key, so the
/// registrar's flow can be tried without a real SIS. Lines are lost when the process stops; a real OneRoster
/// sink replaces it (see docs/registrar.md).
/// </summary>
internal sealed class DemoSisSink : ITranscriptSink
{
    private readonly ConcurrentDictionary<string, TranscriptEntry> _lines = new(StringComparer.Ordinal);

    public int Count => _lines.Count;

    public Task<TranscriptPostResult> PostAsync(TranscriptEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (string.IsNullOrWhiteSpace(entry.LearnerSisId) || entry.Credits <= 0)
        {
            throw new TranscriptSinkException("The demo SIS refuses an entry without a learner id or without credits.");
        }

        var created = _lines.TryAdd(entry.Key, entry);
        return Task.FromResult(new TranscriptPostResult(SisId(entry.Key), created));
    }

    private static string SisId(string key) => $"demo-sis-{key}";
}
