using System.Text.Json;
using Insignia.Host.Demo;
using Insignia.Host.Lti.Advantage;

namespace Insignia.Host.Lti.DemoPlatform;

/// <summary>The demo platform's AGS (line items, scores, results) and NRPS (memberships) endpoints for the demo course.</summary>
internal sealed class DemoPlatformServices(DemoPlatformTokens tokens, DemoGradebook gradebook)
{
    private static readonly string[] ReadLineItems = [LtiClaims.ScopeLineItem, LtiClaims.ScopeLineItemReadOnly];

    public async Task<IResult> TokenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : FormCollection.Empty;
        var (token, error, description) = await tokens.IssueAsync(form, DemoPlatformUrls.Token(request), cancellationToken);
        return token is null
            ? Results.Json(new Dictionary<string, string> { ["error"] = error!, ["error_description"] = description! }, statusCode: error == "invalid_client" ? 401 : 400)
            : Results.Json(new Dictionary<string, object> { ["access_token"] = token, ["token_type"] = "Bearer", ["expires_in"] = (int)DemoPlatformTokens.Lifetime.TotalSeconds });
    }

    public async Task<IResult> ListLineItemsAsync(HttpRequest request, string courseId, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(request, courseId, ReadLineItems, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var items = gradebook.LineItems(courseId).Select(i => i.Item with { Id = DemoPlatformUrls.LineItem(request, courseId, i.Id) })
            .Where(i => Matches(request.Query["tag"], i.Tag) && Matches(request.Query["resource_id"], i.ResourceId));
        return Json(items, AgsClient.LineItemContainerMediaType);
    }

    public async Task<IResult> CreateLineItemAsync(HttpRequest request, string courseId, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(request, courseId, [LtiClaims.ScopeLineItem], cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var item = await ReadAsync<AgsLineItem>(request, cancellationToken);
        if (item is null || string.IsNullOrWhiteSpace(item.Label) || item.ScoreMaximum <= 0)
        {
            return Results.BadRequest("A line item needs a label and a scoreMaximum above 0.");
        }

        var id = gradebook.Add(courseId, item with { Id = null });
        var created = item with { Id = DemoPlatformUrls.LineItem(request, courseId, id) };
        return Results.Text(JsonSerializer.Serialize(created, LtiServiceHttp.Json), AgsClient.LineItemMediaType, statusCode: 201);
    }

    public async Task<IResult> PostScoreAsync(HttpRequest request, string courseId, string lineItemId, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(request, courseId, [LtiClaims.ScopeScore], cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var score = await ReadAsync<AgsScore>(request, cancellationToken);
        if (gradebook.Find(courseId, lineItemId) is null)
        {
            return Results.NotFound("No such line item.");
        }

        if (score is null || !DemoCourse.Learners.Any(l => l.Id == score.UserId) || score.ScoreGiven is < 0)
        {
            return Results.BadRequest("A score needs the userId of a member of the course and a scoreGiven of 0 or more.");
        }

        gradebook.Record(courseId, lineItemId, score);
        return Results.NoContent();
    }

    public async Task<IResult> ListResultsAsync(HttpRequest request, string courseId, string lineItemId, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(request, courseId, [LtiClaims.ScopeResultReadOnly], cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (gradebook.Find(courseId, lineItemId) is not { } item)
        {
            return Results.NotFound("No such line item.");
        }

        var lineItemUrl = DemoPlatformUrls.LineItem(request, courseId, lineItemId);
        var results = gradebook.Scores(courseId, lineItemId).Select(s => new AgsResult
        {
            Id = $"{lineItemUrl}/results/{Uri.EscapeDataString(s.UserId)}",
            ScoreOf = lineItemUrl,
            UserId = s.UserId,
            ResultScore = s.ScoreGiven is { } given && s.ScoreMaximum is > 0 ? given / s.ScoreMaximum.Value * item.ScoreMaximum : s.ScoreGiven,
            ResultMaximum = item.ScoreMaximum,
            Comment = s.Comment,
        });
        return Json(results, AgsClient.ResultContainerMediaType);
    }

    public async Task<IResult> MembershipsAsync(HttpRequest request, string courseId, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(request, courseId, [LtiClaims.ScopeMembership], cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var members = new List<NrpsMember> { new() { UserId = DemoPlatformSettings.InstructorId, Name = "Profesora Demo", Roles = [DemoPlatformSettings.InstructorRole] } };
        members.AddRange(DemoCourse.Learners.Select(l => new NrpsMember { UserId = l.Id, Name = l.Name, Email = l.Email, Roles = [DemoPlatformSettings.LearnerRole] }));
        var container = new
        {
            id = DemoPlatformUrls.Memberships(request, courseId),
            context = new { id = DemoCourse.CourseId, label = DemoCourse.CourseId, title = DemoCourse.Title },
            members,
        };
        return Json(container, NrpsClient.MembershipMediaType);
    }

    private async Task<IResult?> RefuseAsync(HttpRequest request, string courseId, IReadOnlyCollection<string> anyOf, CancellationToken cancellationToken)
    {
        if (!await tokens.AuthorizeAsync(request, anyOf, cancellationToken))
        {
            return Results.Json(new Dictionary<string, string> { ["error"] = "invalid_token", ["error_description"] = "A demo platform access token with the right scope is required." }, statusCode: 401);
        }

        return courseId == DemoCourse.CourseId ? null : Results.NotFound("The demo platform has only the course OBP101.");
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues filter, string? value) =>
        string.IsNullOrEmpty(filter) || filter == value;

    private static async Task<T?> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, LtiServiceHttp.Json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Json<T>(T value, string mediaType) => Results.Text(JsonSerializer.Serialize(value, LtiServiceHttp.Json), mediaType);
}
