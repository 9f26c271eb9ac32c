using Insignia.Host.Cli;
using Insignia.Host.Tests.Infrastructure;

namespace Insignia.Host.Tests.Cli;

/// <summary><c>connection test</c>: the same <c>ConnectionTester</c> as the admin page.</summary>
public sealed class ConnectionCommandsTests : IDisposable
{
    private readonly InsigniaAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ConnectionTest_Demo_PrintsAReachableReportAndSucceeds()
    {
        var result = await _app.RunCliAsync("connection", "test", "demo");

        Assert.Equal(CliExitCodes.Success, result.ExitCode);
        Assert.Contains("\"reachable\": true", result.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ConnectionTest_UnknownName_IsRefusedWithAHint()
    {
        var result = await _app.RunCliAsync("connection", "test", "nowhere");

        Assert.Equal(CliExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("See 'connection list'.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionTest_KindWithoutProbe_IsRefused()
    {
        await _app.RunCliAsync("connection", "add", "--kind", "coursera", "--base-url", "https://api.coursera.org", "--name", "coursera-uni", "--token", "t");

        var result = await _app.RunCliAsync("connection", "test", "coursera-uni");

        Assert.Equal(CliExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("cannot test connections", result.Error, StringComparison.Ordinal);
    }
}
