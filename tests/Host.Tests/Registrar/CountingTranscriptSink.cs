using System.Collections.Concurrent;
using Insignia.Core.Ports;
using Insignia.Core.Transcripts;

namespace Insignia.Host.Tests.Registrar;

/// <summary>A stand-in SIS that records every post by key, and refuses every post while <see cref="FailWith"/> is set.</summary>
internal sealed class CountingTranscriptSink : ITranscriptSink
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public string? FailWith { get; set; }

    public IReadOnlyDictionary<string, int> Calls => _calls;

    public Task<TranscriptPostResult> PostAsync(TranscriptEntry entry, CancellationToken cancellationToken)
    {
        var count = _calls.AddOrUpdate(entry.Key, 1, (_, n) => n + 1);
        return FailWith is { } message
            ? throw new TranscriptSinkException(message)
            : Task.FromResult(new TranscriptPostResult("sis-" + entry.Key, count == 1));
    }
}
