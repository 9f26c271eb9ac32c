using System.CommandLine;
using Insignia.Core.Ports;
using Insignia.Host.Connections;

namespace Insignia.Host.Cli;

/// <summary><c>connection add|list|test</c>.</summary>
internal static class ConnectionCommands
{
    private static readonly string[] Kinds = [PlatformKind.Demo, PlatformKind.Moodle, PlatformKind.Canvas, PlatformKind.Coursera, PlatformKind.OneRoster];

    public static Command Create(Func<CliContext> context)
    {
        var kind = new Option<string>("--kind") { Description = "Platform kind.", Required = true };
        kind.AcceptOnlyFromAmong(Kinds);
        var baseUrl = new Option<string>("--base-url") { Description = "The platform's base URL, e.g. https://moodle.example.edu.mx.", Required = true };
        var name = new Option<string>("--name") { Description = "A unique connection name, e.g. moodle-campus.", Required = true };
        var token = new Option<string?>("--token") { Description = "The access token; stored encrypted, never printed." };
        var settings = new Option<string[]>("--setting") { Description = "Adapter setting key=value (repeatable), e.g. service=insignia.", AllowMultipleArgumentsPerToken = true };
        var add = new Command("add", "Add or update a connection.") { kind, baseUrl, name, token, settings };
        add.SetAction(async (result, ct) =>
        {
            var ctx = context();
            var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in result.GetValue(settings) ?? [])
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    await ctx.Error.WriteLineAsync($"--setting '{pair}' must be key=value.");
                    return CliExitCodes.Usage;
                }

                parsed[pair[..equals]] = pair[(equals + 1)..];
            }

            var text = result.GetValue(baseUrl)!;
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                await ctx.Error.WriteLineAsync($"--base-url must be an absolute http(s) URL such as https://moodle.example.edu.mx; got '{text}'.");
                return CliExitCodes.InvalidInput;
            }

            await using var scope = ctx.Services.CreateAsyncScope();
            var connection = await scope.ServiceProvider.GetRequiredService<ConnectionStore>()
                .AddAsync(result.GetValue(name)!, result.GetValue(kind)!, uri, result.GetValue(token), parsed, ct);
            await ctx.Out.WriteLineAsync($"Connection '{connection.Name}' ({connection.Kind}) saved for {connection.BaseUrl}. Test it with: connection test {connection.Name}");
            return CliExitCodes.Success;
        });

        var list = new Command("list", "List connections (secrets are never shown).");
        list.SetAction(async (_, ct) =>
        {
            var ctx = context();
            await using var scope = ctx.Services.CreateAsyncScope();
            var connections = await scope.ServiceProvider.GetRequiredService<ConnectionStore>().ListAsync(ct);
            CliJson.Write(ctx.Out, connections.Select(c => new { c.Name, c.Kind, baseUrl = c.BaseUrl.AbsoluteUri, hasSecret = c.SecretReference is not null }));
            return CliExitCodes.Success;
        });

        var testName = new Argument<string>("name") { Description = "The connection to test." };
        var test = new Command("test", "Check that the platform answers and which functions the connection may use.") { testName };
        test.SetAction((result, ct) => TestAsync(context(), result.GetValue(testName)!, ct));
        return new Command("connection", "Manage platform connections.") { add, list, test };
    }

    private static async Task<int> TestAsync(CliContext context, string name, CancellationToken cancellationToken)
    {
        await using var scope = context.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ConnectionTester>().TestAsync(name, cancellationToken);
        switch (outcome.ErrorCode)
        {
            case ConnectionTestOutcome.NotFound:
                await context.Error.WriteLineAsync($"{outcome.ErrorMessage} See 'connection list'.");
                return CliExitCodes.InvalidInput;
            case ConnectionTestOutcome.NoProbe:
                await context.Error.WriteLineAsync(outcome.ErrorMessage);
                return CliExitCodes.InvalidInput;
            case { } code:
                await context.Error.WriteLineAsync($"[{code}] {outcome.ErrorMessage}");
                return CliExitCodes.ExternalFailure;
        }

        CliJson.Write(context.Out, outcome.Result!);
        return outcome.Works ? CliExitCodes.Success : CliExitCodes.ExternalFailure;
    }
}
