using System.Net;

namespace Insignia.Host.Web;

/// <summary>The shared HTML shell. Every dynamic text passes through <see cref="E"/> (HTML encoding).</summary>
internal static class PageLayout
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string Wrap(string language, string title, string body) => $$"""
        <!DOCTYPE html>
        <html lang="{{(language == UiLanguage.English ? "en" : "es-MX")}}">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{E(title)}} · Insignia</title>
          <style>
            body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1b1b; }
            table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .4rem; border-bottom: 1px solid #ddd; vertical-align: top; }
            .met { color: #0a6b2d; font-weight: 600; } .notmet { color: #a40e26; font-weight: 600; } .pending { color: #7a5b00; font-weight: 600; }
            nav a { margin-right: 1rem; }
            .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
            .errors { border-left: 4px solid #a40e26; padding-left: 1rem; } .notice { background: #e7f4ec; padding: .5rem; }
            form.inline { display: inline-block; margin-right: 1rem; } ul.evidence { font-weight: normal; color: #1b1b1b; } a.button { font-weight: 600; }
            input.share { max-width: 100%; } .earned { border-left: 4px solid #0a6b2d; padding-left: 1rem; margin: 1rem 0; }
            :focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
          </style>
        </head>
        <body>
          <nav aria-label="{{UiLanguage.Pick(language, "Idioma", "Language")}}"><a href="?lang=es">Español</a><a href="?lang=en">English</a></nav>
          <main>
          {{body}}
          </main>
        </body>
        </html>
        """;
}
