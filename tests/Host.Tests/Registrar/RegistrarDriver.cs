using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Tests.Infrastructure;
using Insignia.Host.Tests.Issuer;
using Insignia.Host.Tests.Web.Course;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Registrar;

/// <summary>Drives the registrar pages over HTTP like a browser: cookies, the antiforgery field from the page, no redirects followed.</summary>
internal sealed class RegistrarDriver(WebApplicationFactory<Program> app)
{
    public HttpClient Client { get; } = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Issues the demo course's credentials (two credit-bearing ones) and returns their transcript entries.</summary>
    public async Task<List<TranscriptEntryEntity>> IssueDemoAsync()
    {
        await IssuerApp.DrainAsync(app.Services);
        return await EntriesAsync();
    }

    public async Task<List<TranscriptEntryEntity>> EntriesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InsigniaDbContext>().TranscriptEntries.AsNoTracking()
            .OrderBy(t => t.LearnerSisId).ToListAsync(TestContext.Current.CancellationToken);
    }

    public async Task<string> GetAsync(string path) => await Client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    public async Task<HttpResponseMessage> PostAsync(string path, params (string Name, string Value)[] fields)
    {
        var page = await GetAsync("/registrar?lang=en");
        var token = DemoLaunch.Csrf(page);
        var content = new FormUrlEncodedContent([new("__csrf", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await Client.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> ApproveAsync(params Guid[] ids) =>
        PostAsync("/registrar/approve", [.. ids.Select(id => ("ids", id.ToString()))]);

    public Task<HttpResponseMessage> SyncAsync() => PostAsync("/registrar/sync");

    public async Task RevokeAsync(Guid credentialId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<Insignia.Host.Issuer.CredentialRevocation>().RevokeAsync(credentialId, "Error de captura", TestContext.Current.CancellationToken);
        Assert.Null(result.Code);
    }
}
