using System.Text.RegularExpressions;
using Insignia.Host.Persistence;
using Insignia.Host.Registrar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Registrar;

/// <summary>The reconciliation report: totals and the discrepancies it lists.</summary>
public sealed partial class ReconciliationTests : IDisposable
{
    private readonly RegistrarApp _app = new();

    private RegistrarDriver Driver => _app.Driver;

    [Fact]
    public async Task Reconciliation_AllSynced_TotalsMatchAndNoDiscrepancy()
    {
        var entries = await Driver.IssueDemoAsync();
        await Driver.ApproveAsync([.. entries.Select(e => e.CredentialId)]);
        await Driver.SyncAsync();

        var html = await Driver.GetAsync("/registrar/reconciliation?lang=en");

        var n = entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((n, n, n), (Total(html, "issued"), Total(html, "entries"), Total(html, "synced")));
        Assert.Contains("id=\"no-discrepancies\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconciliation_RevokedAfterSync_ListedAsNeedingWithdrawal()
    {
        var entries = await Driver.IssueDemoAsync();
        await Driver.ApproveAsync([.. entries.Select(e => e.CredentialId)]);
        await Driver.SyncAsync();
        await Driver.RevokeAsync(entries[0].CredentialId);

        var html = await Driver.GetAsync("/registrar/reconciliation?lang=en");

        Assert.Equal("1", Total(html, "revoked-synced"));
        Assert.Equal([(Discrepancy.NeedsWithdrawal, entries[0].CredentialId.ToString())], Discrepancies(html));
    }

    [Fact]
    public async Task Reconciliation_CredentialWithoutEntry_ListedAsMissing()
    {
        var entries = await Driver.IssueDemoAsync();
        await _app.Factory.WithScopeAsync(sp => sp.GetRequiredService<InsigniaDbContext>().TranscriptEntries
            .Where(t => t.CredentialId == entries[0].CredentialId).ExecuteDeleteAsync(TestContext.Current.CancellationToken));

        var html = await Driver.GetAsync("/registrar/reconciliation");

        Assert.Equal([(Discrepancy.MissingEntry, entries[0].CredentialId.ToString())], Discrepancies(html));
    }

    [Fact]
    public async Task Reconciliation_FailedAndRevokedPending_BothListed()
    {
        var entries = await Driver.IssueDemoAsync();
        await Driver.ApproveAsync(entries[0].CredentialId);
        _app.Sink.FailWith = "sección cerrada";
        await Driver.SyncAsync();
        await Driver.RevokeAsync(entries[1].CredentialId);

        var html = await Driver.GetAsync("/registrar/reconciliation");

        Assert.Equal(new[] { (Discrepancy.SyncFailed, entries[0].CredentialId.ToString()), (Discrepancy.RevokedNotSynced, entries[1].CredentialId.ToString()) }.Order(), Discrepancies(html).Order());
    }

    private static string Total(string html, string key) => TotalRow().Matches(html).Single(m => m.Groups[1].Value == key).Groups[2].Value;

    private static List<(string, string)> Discrepancies(string html) => [.. DiscrepancyRow().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    [GeneratedRegex("<tr data-total=\"([a-z-]+)\"><th scope=\"row\">[^<]*</th><td>([^<]*)</td>")]
    private static partial Regex TotalRow();

    [GeneratedRegex("<tr data-kind=\"([a-z_]+)\" data-entry=\"([0-9a-f-]{36})\"")]
    private static partial Regex DiscrepancyRow();

    public void Dispose() => _app.Dispose();
}
