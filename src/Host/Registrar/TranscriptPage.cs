namespace Insignia.Host.Registrar;

/// <summary>One page of the filtered list, with the total for the pager.</summary>
internal sealed record TranscriptPage(IReadOnlyList<TranscriptRow> Rows, int Total, int Page)
{
    public int Pages => Math.Max(1, (Total + TranscriptFilter.PageSize - 1) / TranscriptFilter.PageSize);
}
