namespace Insignia.Host.Cli;

/// <summary>What every verb needs: the host's services and where to write.</summary>
internal sealed record CliContext(IServiceProvider Services, TextWriter Out, TextWriter Error, bool Interactive);
