using System.CommandLine;
using Insignia.Core.Courses;
using Insignia.Host.Evaluation;

namespace Insignia.Host.Cli;

/// <summary><c>evaluate --course C</c>: judge every learner of the course and print decisions with explanations.</summary>
internal static class EvaluateCommand
{
    public static Command Create(Func<CliContext> context)
    {
        var course = new Option<string>("--course") { Description = "The course, as connection/courseId (e.g. demo/OBP101).", Required = true };
        var learner = new Option<string[]>("--learner") { Description = "Only these learners (platform ids); repeatable.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("evaluate", "Evaluate the course's learners against its credential definitions; prints decisions with explanations as JSON.") { course, learner };
        command.SetAction(async (result, ct) =>
        {
            var ctx = context();
            CourseContext courseContext;
            try
            {
                courseContext = CourseContext.Parse(result.GetValue(course)!);
            }
            catch (FormatException ex)
            {
                await ctx.Error.WriteLineAsync(ex.Message);
                return CliExitCodes.InvalidInput;
            }

            await using var scope = ctx.Services.CreateAsyncScope();
            var only = result.GetValue(learner) is { Length: > 0 } ids ? ids : null;
            var decisions = await scope.ServiceProvider.GetRequiredService<CourseEvaluationService>().EvaluateAsync(courseContext, only, ct);
            CliJson.Write(ctx.Out, decisions.Select(d => new
            {
                definition = d.DefinitionId,
                version = d.DefinitionVersion,
                learner = d.ExternalId,
                outcome = d.Decision.Outcome,
                missing = d.Decision.Explanation.Missing,
                explanation = d.Decision.Explanation,
            }));
            return CliExitCodes.Success;
        });
        return command;
    }
}
