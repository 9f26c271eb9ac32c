using System.Globalization;
using System.Text;
using Insignia.Host.Registrar;
using Microsoft.AspNetCore.WebUtilities;

namespace Insignia.Host.Web.Registrar;

/// <summary>The registrar's pages under <c>/registrar</c>: review, approve, reject, sync to the SIS, reconcile and export.</summary>
internal static class RegistrarEndpoints
{
    public static IEndpointRouteBuilder MapRegistrarEndpoints(this IEndpointRouteBuilder app)
    {
        // Forms validate antiforgery themselves (RegistrarUi.OpenAsync), as the course pages do.
        var group = app.MapGroup("/registrar").RequireInsigniaRegistrar(app.ServiceProvider.GetRequiredService<IConfiguration>())
            .DisableAntiforgery().WithTags("Registrar");
        group.MapGet("", ListAsync).WithName("RegistrarEntries").WithSummary("Transcript entries with filters, bulk approval and sync.");
        group.MapGet("/entries/{id:guid}", EntryAsync).WithName("RegistrarEntry").WithSummary("One transcript entry with approve and reject.");
        group.MapPost("/approve", ApproveSelectedAsync).WithName("RegistrarApproveSelected").WithSummary("Approves the selected pending entries (all or nothing).");
        group.MapPost("/entries/{id:guid}/approve", ApproveOneAsync).WithName("RegistrarApprove").WithSummary("Approves one pending entry.");
        group.MapPost("/entries/{id:guid}/reject", RejectAsync).WithName("RegistrarReject").WithSummary("Rejects an entry that is not in the SIS yet, with a reason.");
        group.MapPost("/sync", SyncAsync).WithName("RegistrarSync").WithSummary("Sends approved (and previously failed) entries to the SIS, idempotently.");
        group.MapGet("/reconciliation", ReconciliationAsync).WithName("RegistrarReconciliation").WithSummary("Issued credit-bearing credentials vs entries vs the SIS, with discrepancies.");
        group.MapGet("/export.csv", ExportAsync).WithName("RegistrarExport").WithSummary("The filtered entries as CSV (RFC 4180, UTF-8 with BOM).");
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext http, RegistrarUi registrar, TranscriptQueries queries, CancellationToken cancellationToken)
    {
        var (ui, _) = await registrar.OpenAsync(http, isForm: false);
        var (filter, errors) = TranscriptFilter.Parse(http.Request.Query);
        var page = await queries.PageAsync(filter, cancellationToken);
        var choices = await queries.ChoicesAsync(cancellationToken);
        return RegistrarUi.Page(ui!, ui!.T("Registro escolar", "Registrar"), RegistrarListPage.Render(ui, filter, errors, page, choices, RegistrarText.Notice(ui, http.Request.Query)));
    }

    private static async Task<IResult> EntryAsync(Guid id, HttpContext http, RegistrarUi registrar, TranscriptQueries queries, CancellationToken cancellationToken)
    {
        var (ui, _) = await registrar.OpenAsync(http, isForm: false);
        return await queries.FindAsync(id, cancellationToken) is { } row
            ? RegistrarUi.Page(ui!, ui!.T("Entrada de historial", "Transcript entry"), EntryPage.Render(ui, row))
            : RegistrarUi.Refuse(http, ui!.Language, StatusCodes.Status404NotFound, RegistrarErrors.NotFound, $"There is no transcript entry {id}.", $"No existe la entrada de historial {id}.");
    }

    private static async Task<IResult> ApproveSelectedAsync(HttpContext http, RegistrarUi registrar, TranscriptReview review, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await registrar.OpenAsync(http, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        var ids = new List<Guid>();
        foreach (var value in http.Request.Form["ids"])
        {
            if (!Guid.TryParse(value, out var id))
            {
                return RegistrarUi.Refuse(http, ui.Language, StatusCodes.Status400BadRequest, "invalid_id", $"'{value}' is not an entry id.", $"'{value}' no es un id de entrada.");
            }

            ids.Add(id);
        }

        return Settle(http, ui, await review.ApproveAsync(ids, cancellationToken), "approved");
    }

    private static async Task<IResult> ApproveOneAsync(Guid id, HttpContext http, RegistrarUi registrar, TranscriptReview review, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await registrar.OpenAsync(http, isForm: true);
        return ui is null ? refusal! : Settle(http, ui, await review.ApproveAsync([id], cancellationToken), "approved");
    }

    private static async Task<IResult> RejectAsync(Guid id, HttpContext http, RegistrarUi registrar, TranscriptReview review, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await registrar.OpenAsync(http, isForm: true);
        return ui is null ? refusal! : Settle(http, ui, await review.RejectAsync(id, http.Request.Form["reason"].ToString(), cancellationToken), "rejected");
    }

    private static async Task<IResult> SyncAsync(HttpContext http, RegistrarUi registrar, TranscriptSync sync, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await registrar.OpenAsync(http, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        var summary = await sync.SyncAsync(cancellationToken);
        return Results.Redirect(ui.Url(string.Create(CultureInfo.InvariantCulture, $"{Back(http)}done=synced&n={summary.Synced}&failed={summary.Failed}")));
    }

    private static async Task<IResult> ReconciliationAsync(HttpContext http, RegistrarUi registrar, ReconciliationService reconciliation, CancellationToken cancellationToken)
    {
        var (ui, _) = await registrar.OpenAsync(http, isForm: false);
        return RegistrarUi.Page(ui!, ui!.T("Conciliación", "Reconciliation"), ReconciliationPage.Render(ui, await reconciliation.BuildAsync(cancellationToken)));
    }

    private static async Task<IResult> ExportAsync(HttpContext http, TranscriptQueries queries, CancellationToken cancellationToken)
    {
        var (filter, errors) = TranscriptFilter.Parse(http.Request.Query);
        if (errors.Count > 0)
        {
            return Problems.Create(http, StatusCodes.Status400BadRequest, "invalid_filter", string.Join(" ", errors));
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"transcript-entries.csv\"";
        await http.Response.Body.WriteAsync(TranscriptCsv.Preamble, cancellationToken);
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(TranscriptCsv.Line(TranscriptCsv.Header));
        await foreach (var row in queries.AllAsync(filter).WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(TranscriptCsv.Line(row));
        }

        await writer.FlushAsync(cancellationToken);
        return Results.Empty;
    }

    /// <summary>The list to return to: the posted filter, parsed and written again (so it can only be a filter of this list), ending in '?' or '&amp;'.</summary>
    private static string Back(HttpContext http)
    {
        var posted = http.Request.HasFormContentType ? http.Request.Form["back"].ToString() : string.Empty;
        var filter = TranscriptFilter.Parse(new QueryCollection(QueryHelpers.ParseQuery(posted))).Filter;
        var query = filter.ToQuery(filter.Page);
        return query.Length == 0 ? "/registrar?" : $"/registrar?{query}&";
    }

    private static IResult Settle(HttpContext http, RegistrarRequest ui, RegistrarOutcome outcome, string done)
    {
        if (outcome.Succeeded)
        {
            return Results.Redirect(ui.Url(string.Create(CultureInfo.InvariantCulture, $"{Back(http)}done={done}&n={outcome.Changed}")));
        }

        var status = outcome.Code switch
        {
            RegistrarErrors.NotFound => StatusCodes.Status404NotFound,
            RegistrarErrors.TransitionNotAllowed or RegistrarErrors.CredentialRevoked => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        return RegistrarUi.Refuse(http, ui.Language, status, outcome.Code!, outcome.Message, outcome.Spanish);
    }
}
