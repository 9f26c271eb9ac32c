using System.CommandLine;
using Insignia.Host.Issuer;

namespace Insignia.Host.Cli;

/// <summary><c>credential revoke ID --reason "..."</c>: revoke an issued credential; nothing is deleted.</summary>
internal static class RevokeCommand
{
    public static Command Create(Func<CliContext> context)
    {
        var id = new Argument<string>("id") { Description = "The credential id (the GUID at the end of its URL), or its URL." };
        var reason = new Option<string>("--reason") { Description = "Why it is revoked; published in the revocation list.", Required = true };
        var command = new Command("revoke", "Revoke an issued credential with a reason.") { id, reason };
        command.SetAction(async (result, ct) =>
        {
            var ctx = context();
            var text = result.GetValue(id)!.TrimEnd('/');
            if (!Guid.TryParse(text[(text.LastIndexOf('/') + 1)..], out var credentialId))
            {
                await ctx.Error.WriteLineAsync($"'{text}' is not a credential id: expected a GUID such as 0193c1de-7f3e-7c4a-9b1e-2f5d8a6c4e21.");
                return CliExitCodes.InvalidInput;
            }

            await using var scope = ctx.Services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<CredentialRevocation>().RevokeAsync(credentialId, result.GetValue(reason), ct);
            if (!outcome.Succeeded)
            {
                await ctx.Error.WriteLineAsync($"{outcome.Code}: {outcome.Message}");
                return CliExitCodes.InvalidInput;
            }

            CliJson.Write(ctx.Out, new { revoked = credentialId, message = outcome.Message });
            return CliExitCodes.Success;
        });
        return command;
    }
}
