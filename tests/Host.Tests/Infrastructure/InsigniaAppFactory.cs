using System.Net;
using Insignia.Host.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Infrastructure;

/// <summary>The host on a fresh SQLite file per instance, with the demo LMS seeded as on a real first start.</summary>
public sealed class InsigniaAppFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"insignia-test-{Guid.NewGuid():N}.db");

    /// <summary>Gets or sets a value indicating whether requests appear to come from this machine (the admin API's default policy).</summary>
    public bool RequestsFromLoopback { get; set; } = true;

    public string? ConnectionString { get; init; }

    public Dictionary<string, string?> Settings { get; } = [];

    public async Task<CliResult> RunCliAsync(params string[] args)
    {
        _ = Services; // starts the host: migrations and demo seeding
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await InsigniaCli.RunAsync(args, Services, output, error, interactive: false, TestContext.Current.CancellationToken);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Insignia:Database:ConnectionString", ConnectionString ?? $"Data Source={_databasePath};Pooling=False");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(() => RequestsFromLoopback)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>TestServer sets no remote address; give requests the one a local or a remote caller would have.</summary>
    private sealed class RemoteAddressStartupFilter(Func<bool> loopback) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = loopback() ? IPAddress.Loopback : IPAddress.Parse("203.0.113.7");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
