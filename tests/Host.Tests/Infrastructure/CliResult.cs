namespace Insignia.Host.Tests.Infrastructure;

public sealed record CliResult(int ExitCode, string Output, string Error);
