using System.Net;
using System.Text.Json.Nodes;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Registrar;

namespace Insignia.Host.Tests.Registrar;

/// <summary>The registrar's state transitions over HTTP: approve (single and bulk), reject, and the refusals.</summary>
public sealed class RegistrarWorkflowTests : IDisposable
{
    private readonly RegistrarApp _app = new();

    private RegistrarDriver Driver => _app.Driver;

    [Fact]
    public async Task ApproveSelected_AllPendingEntries_AllApproved()
    {
        var entries = await Driver.IssueDemoAsync();

        using var response = await Driver.ApproveAsync([.. entries.Select(e => e.CredentialId)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.All(await Driver.EntriesAsync(), e => Assert.Equal(TranscriptEntryState.Approved, e.State));
    }

    [Fact]
    public async Task ApproveSelected_FromAFilteredList_RedirectKeepsTheFilter()
    {
        var entries = await Driver.IssueDemoAsync();

        using var response = await Driver.PostAsync("/registrar/approve?lang=en", ("ids", entries[0].CredentialId.ToString()), ("back", "state=pending&learner=L%C3%B3pez&page=2&evil=https://x"));

        Assert.Equal("/registrar?state=pending&learner=L%C3%B3pez&page=2&done=approved&n=1&lang=en", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ApproveOne_PendingEntry_OnlyThatOneApproved()
    {
        var entries = await Driver.IssueDemoAsync();

        using var response = await Driver.PostAsync($"/registrar/entries/{entries[0].CredentialId}/approve");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([TranscriptEntryState.Approved, .. entries.Skip(1).Select(_ => TranscriptEntryState.Pending)], (await Driver.EntriesAsync()).Select(e => e.State));
    }

    [Fact]
    public async Task Reject_WithReason_RejectedWithTheReason()
    {
        var entries = await Driver.IssueDemoAsync();

        using var response = await Driver.PostAsync($"/registrar/entries/{entries[0].CredentialId}/reject", ("reason", "Curso no acreditable este periodo"));

        var entry = (await Driver.EntriesAsync())[0];
        Assert.Equal((HttpStatusCode.Redirect, TranscriptEntryState.Rejected, "Curso no acreditable este periodo"), (response.StatusCode, entry.State, entry.RejectionReason));
    }

    [Fact]
    public async Task Reject_ApprovedEntry_Rejected()
    {
        var entries = await Driver.IssueDemoAsync();
        await Driver.ApproveAsync(entries[0].CredentialId);

        using var response = await Driver.PostAsync($"/registrar/entries/{entries[0].CredentialId}/reject", ("reason", "Aprobada por error"));

        Assert.Equal(TranscriptEntryState.Rejected, (await Driver.EntriesAsync())[0].State);
    }

    [Fact]
    public async Task Reject_WithoutReason_400AndUnchanged()
    {
        var entries = await Driver.IssueDemoAsync();

        using var response = await Driver.PostAsync($"/registrar/entries/{entries[0].CredentialId}/reject", ("reason", "  "));

        Assert.Equal((HttpStatusCode.BadRequest, RegistrarErrors.ReasonRequired), (response.StatusCode, await CodeAsync(response)));
        Assert.Equal(TranscriptEntryState.Pending, (await Driver.EntriesAsync())[0].State);
    }

    [Fact]
    public async Task Approve_RejectedEntry_409WithMessage()
    {
        var entries = await Driver.IssueDemoAsync();
        await Driver.PostAsync($"/registrar/entries/{entries[0].CredentialId}/reject", ("reason", "No procede"));

        using var response = await Driver.PostAsync($"/registrar/entries/{entries[0].CredentialId}/approve");

        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal((HttpStatusCode.Conflict, RegistrarErrors.TransitionNotAllowed), (response.StatusCode, (string?)problem["code"]));
        Assert.Contains("is Rejected, so it cannot be approved", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApproveSelected_OneRejectedAmongThem_409AndNothingApproved()
    {
        var entries = await Driver.IssueDemoAsync();
        await Driver.PostAsync($"/registrar/entries/{entries[0].CredentialId}/reject", ("reason", "No procede"));

        using var response = await Driver.ApproveAsync([.. entries.Select(e => e.CredentialId)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.DoesNotContain(await Driver.EntriesAsync(), e => e.State == TranscriptEntryState.Approved);
    }

    [Fact]
    public async Task Approve_UnknownId_404Problem()
    {
        await Driver.IssueDemoAsync();

        using var response = await Driver.PostAsync($"/registrar/entries/{Guid.NewGuid()}/approve");

        Assert.Equal((HttpStatusCode.NotFound, "not_found", "application/problem+json"), (response.StatusCode, await CodeAsync(response), response.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task ApproveSelected_NotAGuid_400Problem()
    {
        using var response = await Driver.PostAsync("/registrar/approve", ("ids", "'; drop table x"));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_id"), (response.StatusCode, await CodeAsync(response)));
    }

    [Fact]
    public async Task ApproveSelected_NothingSelected_400Problem()
    {
        using var response = await Driver.PostAsync("/registrar/approve");

        Assert.Equal((HttpStatusCode.BadRequest, RegistrarErrors.NothingSelected), (response.StatusCode, await CodeAsync(response)));
    }

    [Fact]
    public async Task Approve_RevokedCredential_409()
    {
        var entries = await Driver.IssueDemoAsync();
        await Driver.RevokeAsync(entries[0].CredentialId);

        using var response = await Driver.PostAsync($"/registrar/entries/{entries[0].CredentialId}/approve");

        Assert.Equal((HttpStatusCode.Conflict, RegistrarErrors.CredentialRevoked), (response.StatusCode, await CodeAsync(response)));
    }

    [Fact]
    public async Task Approve_WithoutAntiforgeryToken_400AndUnchanged()
    {
        var entries = await Driver.IssueDemoAsync();
        await Driver.GetAsync("/registrar");

        using var response = await Driver.Client.PostAsync(new Uri($"/registrar/entries/{entries[0].CredentialId}/approve", UriKind.Relative), new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.BadRequest, "form_expired"), (response.StatusCode, await CodeAsync(response)));
        Assert.Equal(TranscriptEntryState.Pending, (await Driver.EntriesAsync())[0].State);
    }

    [Fact]
    public async Task Entry_PendingEntry_ShowsItsFieldsWithApproveAndReject()
    {
        var entries = await Driver.IssueDemoAsync();

        var html = await Driver.GetAsync($"/registrar/entries/{entries[0].CredentialId}?lang=en");

        Assert.Contains($"<tr><th scope=\"row\">SIS id</th><td>{entries[0].LearnerSisId}</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">State</th><td>Pending</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"approve\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"reject-form\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entry_UnknownId_404()
    {
        using var response = await Driver.Client.GetAsync(new Uri($"/registrar/entries/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Approve_BrowserAskingForHtml_ConflictShownAsPage()
    {
        var entries = await Driver.IssueDemoAsync();
        await Driver.PostAsync($"/registrar/entries/{entries[0].CredentialId}/reject", ("reason", "No procede"));
        Driver.Client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        using var response = await Driver.PostAsync($"/registrar/entries/{entries[0].CredentialId}/approve?lang=en");

        Assert.Equal((HttpStatusCode.Conflict, "text/html"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        Assert.Contains("data-code=\"transition_not_allowed\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["code"];

    public void Dispose() => _app.Dispose();
}
