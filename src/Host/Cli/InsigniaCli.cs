using System.CommandLine;

namespace Insignia.Host.Cli;

/// <summary>The operator CLI: <c>dotnet run --project src/Host -- &lt;verb&gt;</c>. Each verb uses the host's own services.</summary>
internal static class InsigniaCli
{
    private static readonly string[] Verbs = ["definition", "sync", "evaluate", "connection", "platform", "credential", "rdf", "--help", "-h", "-?", "--version"];

    public static bool IsCliInvocation(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error, bool interactive, CancellationToken cancellationToken)
    {
        var context = new CliContext(services, output, error, interactive);
        var root = new RootCommand("Insignia operator CLI. Exit codes: 0 success, 1 input refused, 2 usage error, 3 external system failed.")
        {
            DefinitionCommands.Create(() => context),
            SyncCommands.Create(() => context),
            EvaluateCommand.Create(() => context),
            ConnectionCommands.Create(() => context),
            PlatformCommands.Create(() => context),
            CredentialCommands.Create(() => context, RevokeCommand.Create(() => context)),
            RdfCommands.Create(() => context),
        };
        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync(problem.Message);
            }

            await error.WriteLineAsync("Run with --help for usage.");
            return CliExitCodes.Usage;
        }

        return await parsed.InvokeAsync(configuration, cancellationToken);
    }
}
