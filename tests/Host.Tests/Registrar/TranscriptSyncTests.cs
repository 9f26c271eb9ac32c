using System.Net;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Registrar;

namespace Insignia.Host.Tests.Registrar;

/// <summary>Sync to the SIS: approved entries only, idempotent across runs, failures kept with their message and retried.</summary>
public sealed class TranscriptSyncTests : IDisposable
{
    private readonly RegistrarApp _app = new();

    private RegistrarDriver Driver => _app.Driver;

    [Fact]
    public async Task Sync_ApprovedEntries_SyncedWithTheSisResultId()
    {
        var entries = await Driver.IssueDemoAsync();
        await Driver.ApproveAsync([.. entries.Select(e => e.CredentialId)]);

        using var response = await Driver.SyncAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.All(await Driver.EntriesAsync(), e => Assert.Equal((TranscriptEntryState.Synced, "sis-" + TranscriptSync.KeyFor(e.CredentialId)), (e.State, e.SisResultId)));
    }

    [Fact]
    public async Task Sync_PendingEntries_NotSent()
    {
        await Driver.IssueDemoAsync();

        await Driver.SyncAsync();

        Assert.Empty(_app.Sink.Calls);
        Assert.All(await Driver.EntriesAsync(), e => Assert.Equal(TranscriptEntryState.Pending, e.State));
    }

    [Fact]
    public async Task Sync_RepeatedThreeTimes_SinkCalledOncePerEntry()
    {
        var entries = await Driver.IssueDemoAsync();
        await Driver.ApproveAsync([.. entries.Select(e => e.CredentialId)]);

        await Driver.SyncAsync();
        await Driver.SyncAsync();
        await Driver.SyncAsync();

        Assert.Equal(entries.Select(e => (TranscriptSync.KeyFor(e.CredentialId), 1)).Order(), _app.Sink.Calls.Select(c => (c.Key, c.Value)).Order());
    }

    [Fact]
    public async Task Sync_FailingSink_EntriesFailedWithTheMessage()
    {
        var entries = await Driver.IssueDemoAsync();
        await Driver.ApproveAsync([.. entries.Select(e => e.CredentialId)]);
        _app.Sink.FailWith = "El SIS no reconoce la sección OBP101-2026";

        using var response = await Driver.SyncAsync();

        Assert.Contains("failed=" + entries.Count, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.All(await Driver.EntriesAsync(), e => Assert.Equal((TranscriptEntryState.Failed, "El SIS no reconoce la sección OBP101-2026"), (e.State, e.LastError)));
    }

    [Fact]
    public async Task Sync_AfterAFailure_RetriesAndSyncs()
    {
        var entries = await Driver.IssueDemoAsync();
        await Driver.ApproveAsync([.. entries.Select(e => e.CredentialId)]);
        _app.Sink.FailWith = "SIS fuera de servicio";
        await Driver.SyncAsync();
        _app.Sink.FailWith = null;

        await Driver.SyncAsync();

        Assert.All(await Driver.EntriesAsync(), e => Assert.Equal((TranscriptEntryState.Synced, null, 2), (e.State, e.LastError, e.SyncAttempts)));
    }

    [Fact]
    public async Task Sync_RevokedApprovedEntry_NotSent()
    {
        var entries = await Driver.IssueDemoAsync();
        await Driver.ApproveAsync([.. entries.Select(e => e.CredentialId)]);
        await Driver.RevokeAsync(entries[0].CredentialId);

        await Driver.SyncAsync();

        Assert.DoesNotContain(TranscriptSync.KeyFor(entries[0].CredentialId), _app.Sink.Calls.Keys);
        Assert.Equal(TranscriptEntryState.Approved, (await Driver.EntriesAsync())[0].State);
    }

    [Fact]
    public async Task Approve_SyncedEntry_409()
    {
        var entries = await Driver.IssueDemoAsync();
        await Driver.ApproveAsync(entries[0].CredentialId);
        await Driver.SyncAsync();

        using var response = await Driver.PostAsync($"/registrar/entries/{entries[0].CredentialId}/approve");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Reject_SyncedEntry_409()
    {
        var entries = await Driver.IssueDemoAsync();
        await Driver.ApproveAsync(entries[0].CredentialId);
        await Driver.SyncAsync();

        using var response = await Driver.PostAsync($"/registrar/entries/{entries[0].CredentialId}/reject", ("reason", "tarde"));

        Assert.Equal((HttpStatusCode.Conflict, TranscriptEntryState.Synced), (response.StatusCode, (await Driver.EntriesAsync())[0].State));
    }

    public void Dispose() => _app.Dispose();
}
