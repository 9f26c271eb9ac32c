using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web;

/// <summary>The landing page.</summary>
internal static class HomePage
{
    public static string Render(string language) => Wrap(language, "Insignia", $"""
        <h1>Insignia</h1>
        <p>{E(UiLanguage.Pick(language,
            "Microcredenciales verificables a partir de aprendizaje evaluado: Insignia lee la evidencia de tu LMS, la juzga contra los criterios de cada credencial y explica cada decisión.",
            "Verifiable micro-credentials from assessed learning: Insignia reads evidence from your LMS, judges it against each credential's criteria and explains every decision."))}</p>
        <ul>
          <li><a href="/demo">{E(UiLanguage.Pick(language, "Curso de demostración (LMS integrado)", "Demo course (built-in LMS)"))}</a></li>
          <li><a href="/health">{E(UiLanguage.Pick(language, "Estado del servicio", "Service health"))}</a></li>
        </ul>
        """);
}
