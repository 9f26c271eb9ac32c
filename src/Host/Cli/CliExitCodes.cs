namespace Insignia.Host.Cli;

/// <summary>Exit codes of the operator CLI (documented in docs/cli.md).</summary>
internal static class CliExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The input was refused: invalid definition, guard refusal, unknown id, verification failed.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself was wrong: unknown verb, missing or malformed option.</summary>
    public const int Usage = 2;

    /// <summary>An external system failed: the platform could not be reached or refused the connection.</summary>
    public const int ExternalFailure = 3;
}
