using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Issuer;

/// <summary>getCredentials: the response shape, a learner's own credentials only, paging headers and the since filter.</summary>
public sealed class ObApiCredentialsTests : IDisposable
{
    private readonly InsigniaAppFactory _app = IssuerApp.Create();

    [Fact]
    public async Task GetCredentials_Learner_ReturnsOnlyOwnCredentialsValidAgainstSchema()
    {
        var (learner, own) = await BusiestLearnerAsync();

        using var response = await ObApiFixture.GetAsync(_app, "/ims/ob/v3p0/credentials", ObApiFixture.Token(_app, learner));
        var body = await ObApiFixture.BodyAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(ObApiFixture.CredentialsResponseErrors(body));
        var ids = body["credential"]!.AsArray().Select(c => (string)c!["id"]!).Order(StringComparer.Ordinal);
        Assert.Equal(own.Select(id => $"{IssuerApp.BaseUrl}credentials/{id:D}").Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task GetCredentials_LimitOne_SetsTotalAndLinkHeaders()
    {
        var (learner, own) = await BusiestLearnerAsync();
        own.AddRange(await AddCopiesAsync(learner, 3, TimeSpan.Zero));

        using var response = await ObApiFixture.GetAsync(_app, "/ims/ob/v3p0/credentials?limit=1&offset=1", ObApiFixture.Token(_app, learner));
        var body = await ObApiFixture.BodyAsync(response);
        var link = string.Join(", ", response.Headers.GetValues("Link"));

        Assert.Single(body["credential"]!.AsArray());
        Assert.Equal(own.Count.ToString(CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
        Assert.Contains("limit=1&offset=0>; rel=\"first\"", link, StringComparison.Ordinal);
        Assert.Contains("limit=1&offset=0>; rel=\"prev\"", link, StringComparison.Ordinal);
        Assert.Contains($"limit=1&offset={own.Count - 1}>; rel=\"last\"", link, StringComparison.Ordinal);
        Assert.Contains("limit=1&offset=2>; rel=\"next\"", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCredentials_Since_ReturnsOnlyLaterCredentials()
    {
        var (learner, _) = await BusiestLearnerAsync();
        var later = await AddCopiesAsync(learner, 2, TimeSpan.FromDays(400));
        var since = _app.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(200).ToString("O", CultureInfo.InvariantCulture);

        using var response = await ObApiFixture.GetAsync(_app, $"/ims/ob/v3p0/credentials?since={Uri.EscapeDataString(since)}", ObApiFixture.Token(_app, learner));
        var body = await ObApiFixture.BodyAsync(response);

        var ids = body["credential"]!.AsArray().Select(c => (string)c!["id"]!).Order(StringComparer.Ordinal);
        Assert.Equal(later.Select(id => $"{IssuerApp.BaseUrl}credentials/{id:D}").Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task GetCredentials_SinceInFuture_ReturnsNoneButCountsZero()
    {
        var (learner, _) = await BusiestLearnerAsync();

        using var response = await ObApiFixture.GetAsync(_app, "/ims/ob/v3p0/credentials?since=2999-01-01T00:00:00Z", ObApiFixture.Token(_app, learner));
        var body = await ObApiFixture.BodyAsync(response);

        Assert.Equal(("0", 0), (response.Headers.GetValues("X-Total-Count").Single(), body["credential"]!.AsArray().Count));
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=abc")]
    [InlineData("offset=-1")]
    [InlineData("since=yesterday")]
    public async Task GetCredentials_BadQuery_Returns400StatusInfo(string query)
    {
        using var response = await ObApiFixture.GetAsync(_app, $"/ims/ob/v3p0/credentials?{query}", ObApiFixture.Token(_app, Guid.NewGuid()));
        var body = await ObApiFixture.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(ObApiFixture.StatusInfoErrors(body));
        Assert.Equal("invalid_query_parameter", (string?)body["imsx_codeMinor"]!["imsx_codeMinorField"]![0]!["imsx_codeMinorFieldValue"]);
    }

    [Fact]
    public async Task GetCredentials_JwtIssued_ReturnsCompactJws()
    {
        using var app = IssuerApp.Create(issueJwt: true);
        await IssuerApp.DrainAsync(app.Services);
        var first = (await IssuerApp.CredentialsAsync(app.Services))[0];

        using var response = await ObApiFixture.GetAsync(app, "/ims/ob/v3p0/credentials", ObApiFixture.Token(app, first.LearnerId));
        var body = await ObApiFixture.BodyAsync(response);

        Assert.Empty(ObApiFixture.CredentialsResponseErrors(body));
        Assert.Contains(first.Jwt, body["compactJwsString"]!.AsArray().Select(j => (string?)j));
    }

    private async Task<(Guid Learner, List<Guid> Credentials)> BusiestLearnerAsync()
    {
        await IssuerApp.DrainAsync(_app.Services);
        var all = await IssuerApp.CredentialsAsync(_app.Services);
        Assert.True(all.Select(c => c.LearnerId).Distinct().Count() >= 2, "the demo data should give credentials to several learners");
        var busiest = all.GroupBy(c => c.LearnerId).OrderByDescending(g => g.Count()).First();
        return (busiest.Key, busiest.Select(c => c.Id).ToList());
    }

    /// <summary>Stores copies of the learner's first credential (new id, status position and issue time) to get several pages.</summary>
    private async Task<List<Guid>> AddCopiesAsync(Guid learner, int count, TimeSpan issuedLater)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        var template = await db.Credentials.AsNoTracking().FirstAsync(c => c.LearnerId == learner, TestContext.Current.CancellationToken);
        var ids = new List<Guid>();
        for (var i = 1; i <= count; i++)
        {
            var id = Guid.CreateVersion7();
            var json = JsonNode.Parse(template.Json)!;
            json["id"] = $"{IssuerApp.BaseUrl}credentials/{id:D}";
            db.Credentials.Add(new CredentialEntity
            {
                Id = id,
                OutboxId = 1_000_000 + i,
                LearnerId = learner,
                DefinitionId = template.DefinitionId,
                DefinitionVersion = template.DefinitionVersion,
                IssuedAt = template.IssuedAt + issuedLater,
                Json = json.ToJsonString(),
                StatusList = 99,
                StatusIndex = i,
            });
            ids.Add(id);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return ids;
    }

    public void Dispose() => _app.Dispose();
}
