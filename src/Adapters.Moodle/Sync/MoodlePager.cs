using Insignia.Core.Evidence;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>
/// Cuts step output into pages of at most <c>pageSize</c> records. A page that ends on a finished chunk carries
/// that chunk's position; a page cut from the middle of a chunk carries the last safe position, so resuming
/// repeats that chunk (its records are deterministic, so the store writes nothing twice).
/// </summary>
internal sealed class MoodlePager(int pageSize, MoodleCursor start)
{
    private readonly List<EvidenceRecord> _buffer = [];
    private MoodleCursor _safe = start;

    public int RecordCount { get; private set; }

    public IEnumerable<EvidencePage> Add(IReadOnlyList<EvidenceRecord> records, MoodleCursor position)
    {
        _buffer.AddRange(records);
        RecordCount += records.Count;
        if (_buffer.Count < pageSize)
        {
            return [];
        }

        var pages = new List<EvidencePage>();
        while (_buffer.Count > pageSize)
        {
            pages.Add(new EvidencePage(_buffer[..pageSize], _safe.ToSyncCursor()));
            _buffer.RemoveRange(0, pageSize);
        }

        pages.Add(new EvidencePage([.. _buffer], position.ToSyncCursor()));
        _buffer.Clear();
        _safe = position;
        return pages;
    }

    public EvidencePage Finish(MoodleCursor final)
    {
        var page = new EvidencePage([.. _buffer], final.ToSyncCursor());
        _buffer.Clear();
        _safe = final;
        return page;
    }
}
