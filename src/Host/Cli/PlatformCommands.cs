using System.CommandLine;
using Insignia.Host.Lti.Registrations;

namespace Insignia.Host.Cli;

/// <summary><c>platform add|list</c>: LTI 1.3 platform registrations.</summary>
internal static class PlatformCommands
{
    public static Command Create(Func<CliContext> context)
    {
        var issuer = new Option<string>("--issuer") { Description = "The platform's issuer (iss), e.g. https://moodle.example.edu.mx.", Required = true };
        var clientId = new Option<string>("--client-id") { Description = "The client id the platform gave Insignia.", Required = true };
        var authUrl = new Option<string>("--auth-url") { Description = "The platform's OIDC authorization endpoint.", Required = true };
        var tokenUrl = new Option<string>("--token-url") { Description = "The platform's OAuth2 token endpoint.", Required = true };
        var jwksUrl = new Option<string>("--jwks-url") { Description = "The platform's public keyset URL.", Required = true };
        var deployments = new Option<string[]>("--deployment") { Description = "A deployment id (repeatable).", AllowMultipleArgumentsPerToken = true };
        var name = new Option<string?>("--name") { Description = "Registration name (also the connection in course keys); derived from the issuer when omitted." };
        var autoOnboard = new Option<bool>("--auto-onboard-deployments") { Description = "Accept unknown deployments of this registration and remember them (off by default)." };
        var add = new Command("add", "Add or update an LTI 1.3 platform registration.") { issuer, clientId, authUrl, tokenUrl, jwksUrl, deployments, name, autoOnboard };
        add.SetAction(async (result, ct) =>
        {
            var ctx = context();
            foreach (var (option, value) in new[] { (issuer, result.GetValue(issuer)!), (authUrl, result.GetValue(authUrl)!), (tokenUrl, result.GetValue(tokenUrl)!), (jwksUrl, result.GetValue(jwksUrl)!) })
            {
                if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                {
                    await ctx.Error.WriteLineAsync($"{option.Name} must be an absolute http(s) URL; got '{value}'.");
                    return CliExitCodes.InvalidInput;
                }
            }

            var iss = result.GetValue(issuer)!;
            var client = result.GetValue(clientId)!;
            var platform = new LtiPlatform(result.GetValue(name) ?? LtiPlatformNames.Derive(iss, client), iss, client, result.GetValue(authUrl)!, result.GetValue(tokenUrl)!, result.GetValue(jwksUrl)!)
            {
                AutoOnboardDeployments = result.GetValue(autoOnboard),
                Deployments = (result.GetValue(deployments) ?? []).ToHashSet(StringComparer.Ordinal),
            };
            await using var scope = ctx.Services.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<LtiPlatformStore>();
            if (await store.FindByNameAsync(platform.Name, ct) is { } taken && (taken.Issuer != iss || taken.ClientId != client))
            {
                await ctx.Error.WriteLineAsync($"The name '{platform.Name}' already belongs to {taken.Issuer} (client id {taken.ClientId}); choose another --name.");
                return CliExitCodes.InvalidInput;
            }

            var saved = await store.SaveAsync(platform, createConnection: true, ct);
            await ctx.Out.WriteLineAsync($"Platform '{saved.Name}' saved for {saved.Issuer} (client id {saved.ClientId}, {saved.Deployments.Count} deployment(s)). Course keys: {saved.Name}/<context id>.");
            return CliExitCodes.Success;
        });

        var list = new Command("list", "List LTI platform registrations.");
        list.SetAction(async (_, ct) =>
        {
            var ctx = context();
            await using var scope = ctx.Services.CreateAsyncScope();
            var platforms = await scope.ServiceProvider.GetRequiredService<LtiPlatformStore>().ListAsync(ct);
            CliJson.Write(ctx.Out, platforms.Select(p => new { p.Name, p.Issuer, p.ClientId, p.AuthUrl, p.TokenUrl, p.JwksUrl, p.AutoOnboardDeployments, deployments = p.Deployments.Order(StringComparer.Ordinal).ToList() }));
            return CliExitCodes.Success;
        });
        return new Command("platform", "Manage LTI 1.3 platform registrations.") { add, list };
    }
}
