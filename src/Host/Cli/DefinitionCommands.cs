using System.CommandLine;
using Insignia.Core.Achievements;
using Insignia.Core.Courses;
using Insignia.Core.Criteria;
using Insignia.Core.Evidence;
using Insignia.Core.Ports;
using Insignia.Host.Connections;
using Insignia.Host.Definitions;

namespace Insignia.Host.Cli;

/// <summary><c>definition add|check|list</c>.</summary>
internal static class DefinitionCommands
{
    public static Command Create(Func<CliContext> context)
    {
        var course = new Option<string>("--course") { Description = "The course, as connection/courseId (e.g. demo/OBP101)." };
        var requiredCourse = new Option<string>("--course") { Description = "The course, as connection/courseId (e.g. demo/OBP101).", Required = true };
        var file = new Option<FileInfo>("--file") { Description = "The definition JSON file.", Required = true };

        var add = new Command("add", "Validate a definition (including the attendance guard) and save it; a changed definition becomes a new version.") { requiredCourse, file };
        add.SetAction((result, ct) => SaveAsync(context(), result.GetValue(file)!, result.GetValue(requiredCourse)!, save: true, ct));

        var check = new Command("check", "Validate a definition without saving it; exit 1 with the reasons when it would be refused.") { file, course };
        check.SetAction((result, ct) => SaveAsync(context(), result.GetValue(file)!, result.GetValue(course), save: false, ct));

        var list = new Command("list", "List the course's definitions (latest versions).") { requiredCourse };
        list.SetAction(async (result, ct) =>
        {
            var ctx = context();
            await using var scope = ctx.Services.CreateAsyncScope();
            var definitions = await scope.ServiceProvider.GetRequiredService<DefinitionStore>().LatestForCourseAsync(result.GetValue(requiredCourse)!, ct);
            CliJson.Write(ctx.Out, definitions.Select(d => new { d.Id, d.Version, d.Name, rule = CriteriaRuleWriter.Write(d.Rule) }));
            return CliExitCodes.Success;
        });

        return new Command("definition", "Manage credential definitions.") { add, check, list };
    }

    private static async Task<int> SaveAsync(CliContext context, FileInfo file, string? courseKey, bool save, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await context.Error.WriteLineAsync($"File not found: {file.FullName}");
            return CliExitCodes.InvalidInput;
        }

        var parsed = CredentialDefinitionReader.Read(await File.ReadAllTextAsync(file.FullName, cancellationToken), courseKey);
        if (!parsed.IsValid)
        {
            return CliJson.Errors(context, "Definition", parsed.Errors);
        }

        var definition = parsed.Value!;
        await using var scope = context.Services.CreateAsyncScope();
        var activities = await CourseActivitiesAsync(scope.ServiceProvider, definition.CourseKey, cancellationToken);
        if (activities is { Error: { } problem })
        {
            await context.Error.WriteLineAsync(problem);
            return CliExitCodes.ExternalFailure;
        }

        var store = scope.ServiceProvider.GetRequiredService<DefinitionStore>();
        if (!save)
        {
            var errors = await store.ValidateAsync(definition, activities?.Keys, cancellationToken);
            if (errors.Count > 0)
            {
                return CliJson.Errors(context, "Definition", errors);
            }

            await context.Out.WriteLineAsync($"OK: '{definition.Id}' is valid and requires assessed evidence on every path.");
            return CliExitCodes.Success;
        }

        var saved = await store.SaveAsync(definition, activities?.Keys, cancellationToken);
        if (!saved.IsSaved)
        {
            return CliJson.Errors(context, "Definition", saved.Errors);
        }

        await context.Out.WriteLineAsync(saved.Unchanged
            ? $"Unchanged: '{saved.Saved!.Id}' is already at version {saved.Saved.Version}."
            : $"Saved '{saved.Saved!.Id}' version {saved.Saved.Version} for {saved.Saved.CourseKey}.");
        return CliExitCodes.Success;
    }

    /// <summary>Reads the course's activity keys from its connection's catalog, when the connection has one.</summary>
    private static async Task<(IReadOnlySet<ActivityKey>? Keys, string? Error)?> CourseActivitiesAsync(IServiceProvider services, string courseKey, CancellationToken cancellationToken)
    {
        var course = CourseContext.Parse(courseKey);
        var connection = await services.GetRequiredService<ConnectionStore>().FindAsync(course.Source, cancellationToken);
        if (connection is null)
        {
            return (null, $"No connection named '{course.Source}' (from course '{courseKey}'). Add it with 'connection add' first.");
        }

        if (services.GetKeyedService<ICatalogSource>(connection.Kind) is not { } catalog)
        {
            return null;
        }

        try
        {
            var activities = await catalog.GetActivitiesAsync(connection, course, cancellationToken);
            return (activities.Select(a => a.Key).ToHashSet(), null);
        }
        catch (EvidenceSourceException ex)
        {
            return (null, $"Could not read the activities of {courseKey} to check the rule's activity keys: {ex.Message}");
        }
    }
}
