using Insignia.Host.Cli;
using Insignia.Host.Defaults;
using Insignia.Host.Issuer;

var builder = WebApplication.CreateBuilder(args);
if (!builder.Configuration.GetSection("Urls").Exists() && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.UseEmbeddedAddress();
}

if (InsigniaCli.IsCliInvocation(args))
{
    builder.Logging.ClearProviders().AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace); // stdout is for the verb's output
}

builder.AddInsigniaDefaults();
builder.AddInsigniaApplication();
builder.AddLtiTool();
builder.AddInsigniaIssuer();
var app = builder.Build();

if (InsigniaCli.IsCliInvocation(args))
{
    return await HostStartup.RunCliAsync(app, args);
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapInsigniaEndpoints();
app.MapLtiEndpoints();
app.MapIssuerEndpoints();
StartupBanner.PrintWhenStarted(app);
await app.RunAsync();
return 0;

/// <summary>The entry point type, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
