using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Insignia.Core.Ports;
using Insignia.Core.Proofs;
using Insignia.Core.Proofs.Jwt;
using Insignia.Core.Status;

namespace Insignia.Host.Cli;

/// <summary><c>credential sign|verify</c>: Data Integrity (eddsa-rdfc-2022) or VC-JWT, offline.</summary>
internal static class CredentialCommands
{
    public static Command Create(Func<CliContext> context, params Command[] more)
    {
        var input = new Option<FileInfo>("--in") { Description = "The unsigned credential (JSON).", Required = true };
        var format = new Option<string>("--format") { Description = "di (Data Integrity eddsa-rdfc-2022, default) or jwt (VC-JWT).", DefaultValueFactory = _ => "di" };
        format.AcceptOnlyFromAmong("di", "jwt");
        var seed = new Option<string?>("--key-seed") { Description = "64 hex digits: derive the Ed25519 key from this seed (reproducible tests). Default: the configured issuer key." };
        var method = new Option<string?>("--verification-method") { Description = "The verification method (key) URL to name in the proof; default: the key's did:key." };
        var sign = new Command("sign", "Sign a credential and print it (DI) or the compact JWT (jwt).") { input, format, seed, method };
        sign.SetAction((result, ct) => SignAsync(context(), result.GetValue(input)!, result.GetValue(format)!, result.GetValue(seed), result.GetValue(method), ct));

        var file = new Argument<FileInfo>("file") { Description = "A signed credential: JSON (Data Integrity) or a compact VC-JWT." };
        var now = new Option<string?>("--now") { Description = "Verify as of this ISO 8601 instant instead of the current time." };
        var resolve = new Option<string[]>("--resolve") { Description = "URL=FILE: answer a key document URL from a local file (repeatable); nothing is fetched.", AllowMultipleArgumentsPerToken = true };
        var verify = new Command("verify", "Verify a credential's proof, issuer key and validity period; prints a JSON verdict, exit 0 only when verified.") { file, now, resolve };
        verify.SetAction((result, ct) => VerifyAsync(context(), result.GetValue(file)!, result.GetValue(now), result.GetValue(resolve) ?? [], ct));

        var credential = new Command("credential", "Sign and verify credentials.") { sign, verify };
        foreach (var command in more)
        {
            credential.Subcommands.Add(command);
        }

        return credential;
    }

    private static async Task<int> SignAsync(CliContext context, FileInfo input, string format, string? seedHex, string? verificationMethod, CancellationToken cancellationToken)
    {
        if (!input.Exists)
        {
            await context.Error.WriteLineAsync($"File not found: {input.FullName}");
            return CliExitCodes.InvalidInput;
        }

        if (await ReadObjectAsync(context, input, cancellationToken) is not { } credential)
        {
            return CliExitCodes.InvalidInput;
        }

        using var key = await SigningKeyAsync(context, seedHex, cancellationToken);
        if (key is null)
        {
            return CliExitCodes.InvalidInput;
        }

        var method = verificationMethod ?? key.DidKeyVerificationMethod;
        var services = context.Services;
        try
        {
            if (format == "jwt")
            {
                await context.Out.WriteLineAsync(services.GetRequiredService<VcJwtSigner>().Sign(credential, VcJwtSigningKey.ForEd25519(method, key)));
                return CliExitCodes.Success;
            }

            var created = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var signed = services.GetRequiredService<EddsaRdfc2022Signer>().Sign(credential, new DataIntegrityProofOptions(method, created), key, cancellationToken);
            await context.Out.WriteLineAsync(signed.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return CliExitCodes.Success;
        }
        catch (Exception ex) when (ex is Insignia.Core.Linked.JsonLdException or Insignia.Core.Linked.CanonicalizationException or ArgumentException or InvalidOperationException)
        {
            await context.Error.WriteLineAsync($"The credential cannot be signed: {ex.Message}");
            return CliExitCodes.InvalidInput;
        }
    }

    private static async Task<Ed25519SigningKey?> SigningKeyAsync(CliContext context, string? seedHex, CancellationToken cancellationToken)
    {
        if (seedHex is not null)
        {
            var (seed, problem) = KeySeed.ParseHex(seedHex);
            if (problem is not null)
            {
                await context.Error.WriteLineAsync($"--key-seed: {problem}");
                return null;
            }

            return Ed25519SigningKey.FromSeed(seed);
        }

        await using var scope = context.Services.CreateAsyncScope();
        var owner = scope.ServiceProvider.GetRequiredService<IConfiguration>()["Insignia:Issuer:Id"] ?? "default";
        var pair = await scope.ServiceProvider.GetRequiredService<IKeyStore>().GetActiveKeyAsync(owner, SigningAlgorithm.Ed25519, cancellationToken);
        return Ed25519SigningKey.FromSeed(pair.PrivateKey.Span);
    }

    private static async Task<int> VerifyAsync(CliContext context, FileInfo file, string? now, string[] resolve, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await context.Error.WriteLineAsync($"File not found: {file.FullName}");
            return CliExitCodes.InvalidInput;
        }

        DateTimeOffset? at = null;
        if (now is not null)
        {
            if (!DateTimeOffset.TryParse(now, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                await context.Error.WriteLineAsync($"--now '{now}' is not an ISO 8601 instant such as 2026-11-28T12:00:00Z.");
                return CliExitCodes.Usage;
            }

            at = parsed;
        }

        var documents = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var mapping in resolve)
        {
            var equals = mapping.LastIndexOf('=');
            if (equals <= 0 || !File.Exists(mapping[(equals + 1)..]))
            {
                await context.Error.WriteLineAsync($"--resolve '{mapping}' must be URL=FILE with an existing file.");
                return CliExitCodes.Usage;
            }

            if (await ReadObjectAsync(context, new FileInfo(mapping[(equals + 1)..]), cancellationToken) is not { } document)
            {
                return CliExitCodes.InvalidInput;
            }

            documents[mapping[..equals]] = document;
        }

        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(at is { } instant ? new FixedTimeProvider(instant) : TimeProvider.System)
            .AddSingleton<IKeyDocumentLoader>(new InMemoryKeyDocumentLoader(documents))
            .AddInsigniaProofs()
            .BuildServiceProvider();
        await using (services)
        {
            var text = (await File.ReadAllTextAsync(file.FullName, cancellationToken)).Trim();
            var result = await services.GetRequiredService<CredentialVerifier>().VerifyAsync(text, cancellationToken);
            var status = StatusCheckResult.NoStatus;
            if (result.Verified && text.StartsWith('{') && JsonNode.Parse(text) is JsonObject credential)
            {
                status = await services.GetRequiredService<BitstringStatusChecker>().CheckAsync(credential, cancellationToken);
            }

            var verified = result.Verified && status.Errors.Count == 0;
            CliJson.Write(context.Out, new
            {
                verified,
                errors = result.Errors.Concat(status.Errors).Select(e => new { code = e.Code, message = e.Message }),
                proofType = result.ProofType,
                cryptosuite = result.Cryptosuite,
                issuer = result.Issuer,
                statusChecked = status.Checked,
                statusNotes = status.Unchecked,
            });
            return verified ? CliExitCodes.Success : CliExitCodes.InvalidInput;
        }
    }

    private static async Task<JsonObject?> ReadObjectAsync(CliContext context, FileInfo file, CancellationToken cancellationToken)
    {
        try
        {
            return JsonNode.Parse(await File.ReadAllTextAsync(file.FullName, cancellationToken)) as JsonObject
                ?? throw new JsonException("expected a JSON object");
        }
        catch (JsonException ex)
        {
            await context.Error.WriteLineAsync($"[malformed_json] {file.Name}: {ex.Message}");
            return null;
        }
    }
}
