using Insignia.Core.Courses;
using Insignia.Core.Evidence;
using Insignia.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Insignia.Adapters.Moodle.Tests.Infrastructure;

/// <summary>The adapter registered the way the host does it, pointed at a <see cref="MoodleServerFixture"/>.</summary>
internal sealed class MoodleTestHost : IAsyncDisposable
{
    public const string Token = "fixture-token-0001";
    public const string SecretName = "moodle-lab-token";

    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    public MoodleTestHost(
        MoodleServerFixture server,
        IDictionary<string, string?>? options = null,
        TimeProvider? time = null,
        IReadOnlyDictionary<string, string>? connectionSettings = null,
        ILoggerProvider? logs = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Moodle:RetryBaseDelay"] = "00:00:00.010",
            ["Moodle:MaxRetryAttempts"] = "3",
        };
        foreach (var (key, value) in options ?? new Dictionary<string, string?>())
        {
            settings["Moodle:" + key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton<ISecretStore>(Secrets);
        if (logs is not null)
        {
            services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        }

        services.AddMoodleAdapter(configuration.GetSection("Moodle"));
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _scope = _provider.CreateAsyncScope();
        Secrets.SetAsync(SecretName, Token, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        Connection = new SourceConnection("moodle-lab", PlatformKind.Moodle, server.BaseUrl)
        {
            SecretReference = SecretName,
            Settings = connectionSettings ?? new Dictionary<string, string> { ["service"] = "insignia" },
        };
    }

    public InMemorySecretStore Secrets { get; } = new();

    public SourceConnection Connection { get; set; }

    public static CourseContext Course { get; } = new("moodle-lab", "2");


    public IEvidenceSource Evidence => _scope.ServiceProvider.GetRequiredKeyedService<IEvidenceSource>(PlatformKind.Moodle);

    public ICatalogSource Catalog => _scope.ServiceProvider.GetRequiredKeyedService<ICatalogSource>(PlatformKind.Moodle);

    public IRosterSource Roster => _scope.ServiceProvider.GetRequiredKeyedService<IRosterSource>(PlatformKind.Moodle);

    public IConnectionProbe Probe => _scope.ServiceProvider.GetRequiredKeyedService<IConnectionProbe>(PlatformKind.Moodle);

    /// <summary>Runs a whole sync and returns its pages.</summary>
    public async Task<IReadOnlyList<EvidencePage>> SyncAsync(SyncCursor cursor, CourseContext? course = null)
    {
        var pages = new List<EvidencePage>();
        await foreach (var page in Evidence.ReadSinceAsync(Connection, course ?? Course, cursor, TestContext.Current.CancellationToken))
        {
            pages.Add(page);
        }

        return pages;
    }

    public async Task<IReadOnlyList<EvidenceRecord>> SyncRecordsAsync(SyncCursor? cursor = null) =>
        [.. (await SyncAsync(cursor ?? SyncCursor.Start)).SelectMany(p => p.Records)];

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
