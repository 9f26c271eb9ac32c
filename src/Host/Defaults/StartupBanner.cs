namespace Insignia.Host.Defaults;

/// <summary>Prints where to open Insignia once the server listens.</summary>
internal static class StartupBanner
{
    public static void PrintWhenStarted(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var root = app.Urls.FirstOrDefault()?.TrimEnd('/') ?? EmbeddedAddress.Url;
            Console.WriteLine($"""

                Insignia is running.
                  Home / Inicio:         {root}/
                  Demo LMS:              {root}/demo
                  Admin:                 {root}/admin
                  Registrar / Registro:  {root}/registrar
                  Health / Salud:        {root}/health
                  Data / Datos:          {Path.Combine(Directory.GetCurrentDirectory(), "data")}
                Press Ctrl+C to stop. / Ctrl+C para detener.
                """);
        });
    }
}
