using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Insignia.Core.Linked;

namespace Insignia.Host.Cli;

/// <summary><c>rdf canonize FILE</c>: JSON-LD to canonical N-Quads (RDFC-1.0) with the embedded contexts only.</summary>
internal static class RdfCommands
{
    public static Command Create(Func<CliContext> context)
    {
        var file = new Argument<FileInfo>("file") { Description = "A JSON-LD document." };
        var canonize = new Command("canonize", "Print the canonical N-Quads (RDFC-1.0) of a JSON-LD document. Only embedded contexts are loaded; any other URL is an error.") { file };
        canonize.SetAction(async (result, ct) =>
        {
            var ctx = context();
            var input = result.GetValue(file)!;
            if (!input.Exists)
            {
                await ctx.Error.WriteLineAsync($"File not found: {input.FullName}");
                return CliExitCodes.InvalidInput;
            }

            try
            {
                var document = JsonNode.Parse(await File.ReadAllTextAsync(input.FullName, ct))
                    ?? throw new JsonException("The file holds JSON null.");
                await ctx.Out.WriteAsync(LinkedDataCanonicalizer.CanonicalizeToNQuads(document, null, null, ct));
                return CliExitCodes.Success;
            }
            catch (JsonException ex)
            {
                await ctx.Error.WriteLineAsync($"[malformed_json] {input.Name} is not valid JSON: {ex.Message}");
            }
            catch (JsonLdException ex)
            {
                await ctx.Error.WriteLineAsync($"[{ex.SpecCode}] {ex.Message}");
            }
            catch (CanonicalizationException ex)
            {
                await ctx.Error.WriteLineAsync($"[canonicalization_failed] {ex.Message}");
            }

            return CliExitCodes.InvalidInput;
        });
        return new Command("rdf", "Linked-data tools.") { canonize };
    }
}
