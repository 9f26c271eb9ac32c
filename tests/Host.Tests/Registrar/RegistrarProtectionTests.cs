using System.Net;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Insignia.Host.Tests.Registrar;

/// <summary>The registrar pages answer only this machine in embedded mode, and only a registrar or admin token with Entra ID.</summary>
public sealed class RegistrarProtectionTests : IDisposable
{
    private readonly InsigniaAppFactory _app = new();

    [Theory]
    [InlineData("/registrar")]
    [InlineData("/registrar/reconciliation")]
    [InlineData("/registrar/export.csv")]
    [InlineData("/registrar/insights")]
    [InlineData("/registrar/entries/0190a0b0-0000-7000-8000-000000000000")]
    public async Task Get_FromAnotherMachine_403(string path)
    {
        _app.RequestsFromLoopback = false;
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/registrar/approve")]
    [InlineData("/registrar/sync")]
    public async Task Post_FromAnotherMachine_403(string path)
    {
        _app.RequestsFromLoopback = false;
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_FromThisMachine_200()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        using var response = await client.GetAsync(new Uri("/registrar", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_EntraConfiguredWithoutToken_401EvenFromThisMachine()
    {
        _app.Settings["AzureAd:Instance"] = "https://login.microsoftonline.com/";
        _app.Settings["AzureAd:TenantId"] = "00000000-0000-0000-0000-000000000001";
        _app.Settings["AzureAd:ClientId"] = "00000000-0000-0000-0000-000000000002";
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        using var response = await client.GetAsync(new Uri("/registrar", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public void Dispose() => _app.Dispose();
}
