using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Insignia.Core.Courses;
using Insignia.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Benchmarks.Canvas;

/// <summary>
/// Load scenario: a full evidence sync of a simulated 5,000-learner x 20-assignment Canvas course (WireMock with
/// latency and Canvas's leaky-bucket quota). Each iteration gets a fresh server and an empty bucket, and prints
/// requests per endpoint, wall time, records, and how close it ran to the bucket (lowest quota left, throttled
/// responses). BenchmarkDotNet's jitting pass is a full run too, so each case prints two report lines.
/// </summary>
[Config(typeof(CanvasLoadConfig))]
public class CanvasCourseSyncBenchmark : IDisposable
{
    private const int Learners = 5_000;
    private const int Assignments = 20;
    private SimulatedCanvas? _canvas;
    private ServiceProvider? _services;
    private long _records;
    private TimeSpan _elapsed;

    /// <summary>Gets or sets whether module requirements are read (one request per learner).</summary>
    [Params(false, true)]
    public bool ModuleRequirements { get; set; }

    [IterationSetup]
    public void Setup()
    {
        Dispose();
        var bucket = new SimulatedCanvasBucket(capacity: 700, leakPerSecond: 10, penalty: 50, TimeProvider.System);
        _canvas = new SimulatedCanvas(Learners, Assignments, TimeSpan.FromMilliseconds(25), bucket);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AllowInsecureHttp"] = "true",
            ["SyncModuleRequirements"] = ModuleRequirements.ToString(CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<ISecretStore>(new BenchmarkSecretStore());
        _services = services.AddCanvasAdapter(configuration).BuildServiceProvider();
        _records = 0;
    }

    [Benchmark]
    public async Task SyncCourseAsync()
    {
        using var scope = _services!.CreateScope();
        var source = scope.ServiceProvider.GetRequiredKeyedService<IEvidenceSource>(PlatformKind.Canvas);
        var connection = new SourceConnection("load", PlatformKind.Canvas, new Uri(_canvas!.Url)) { SecretReference = "load" };
        var clock = Stopwatch.StartNew();
        await foreach (var page in source.ReadSinceAsync(connection, new CourseContext("load", "1"), SyncCursor.Start, CancellationToken.None))
        {
            _records += page.Records.Count;
        }

        _elapsed = clock.Elapsed;
    }

    [IterationCleanup]
    public void Report()
    {
        var canvas = _canvas!;
        var total = canvas.Requests.Values.Sum();
        Console.WriteLine($"// Canvas load: modules={ModuleRequirements} records={_records} requests={total} wall={_elapsed.TotalSeconds:0.0}s " +
            $"throttled={canvas.Bucket.Throttled} lowestRemaining={canvas.Bucket.LowestRemaining:0.0} maxInFlight={canvas.Bucket.MaxInFlight}");
        Console.WriteLine("// Canvas load requests: " + string.Join(", ", canvas.Requests.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}={r.Value}")));
    }

    public void Dispose()
    {
        _services?.Dispose();
        _canvas?.Dispose();
        _services = null;
        _canvas = null;
        GC.SuppressFinalize(this);
    }

    private sealed class BenchmarkSecretStore : ISecretStore
    {
        public ValueTask<string?> GetAsync(string reference, CancellationToken cancellationToken) => ValueTask.FromResult<string?>("load-test-token");

        public ValueTask SetAsync(string reference, string secret, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
