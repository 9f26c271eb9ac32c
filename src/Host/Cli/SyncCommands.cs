using System.CommandLine;
using Insignia.Host.Sync;
using Spectre.Console;

namespace Insignia.Host.Cli;

/// <summary><c>sync run</c>: a progress bar on a terminal, plain progress lines otherwise.</summary>
internal static class SyncCommands
{
    public static Command Create(Func<CliContext> context)
    {
        var connection = new Option<string>("--connection") { Description = "The connection name (see 'connection list').", Required = true };
        var course = new Option<string>("--course") { Description = "The course id in that platform.", Required = true };
        var run = new Command("run", "Pull the course's evidence now, store what changed and re-evaluate changed learners.") { connection, course };
        run.SetAction((result, ct) => RunAsync(context(), result.GetValue(connection)!, result.GetValue(course)!, ct));
        return new Command("sync", "Synchronise evidence from a connected platform.") { run };
    }

    private static async Task<int> RunAsync(CliContext context, string connection, string course, CancellationToken cancellationToken)
    {
        await using var scope = context.Services.CreateAsyncScope();
        var sync = scope.ServiceProvider.GetRequiredService<SyncService>();
        SyncReport report;
        try
        {
            report = context.Interactive
                ? await WithProgressBarAsync(sync, connection, course, cancellationToken)
                : await sync.RunAsync(connection, course, new Progress<SyncProgress>(p => PlainLine(context, p)), cancellationToken);
        }
        catch (SyncException ex)
        {
            await context.Error.WriteLineAsync($"[{ex.Code}] {ex.Message}");
            return CliExitCodes.InvalidInput;
        }

        CliJson.Write(context.Out, report);
        if (!report.Succeeded)
        {
            await context.Error.WriteLineAsync($"Sync failed [{report.ErrorCode}]: {report.ErrorMessage}");
            return CliExitCodes.ExternalFailure;
        }

        return CliExitCodes.Success;
    }

    private static void PlainLine(CliContext context, SyncProgress progress) =>
        context.Error.WriteLine($"sync {progress.Stage}: pages={progress.Pages} records={progress.RecordsSeen} changed={progress.RecordsChanged}");

    private static Task<SyncReport> WithProgressBarAsync(SyncService sync, string connection, string course, CancellationToken cancellationToken) =>
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask($"Sync {connection}/{course}");
                task.IsIndeterminate = true;
                var report = await sync.RunAsync(
                    connection,
                    course,
                    new Progress<SyncProgress>(p => task.Description = $"{p.Stage}: {p.RecordsSeen:N0} records, {p.RecordsChanged:N0} changed"),
                    cancellationToken);
                task.StopTask();
                return report;
            });
}
