using System.Text.Json;
using Insignia.Host.Web;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Lti.Login;

/// <summary>
/// The small pages of the login: one that stores the login in the platform's storage (1EdTech platform storage,
/// <c>lti.put_data</c>) and one that checks the state cookie survived in an iframe, offering a new window if not.
/// Values reach scripts JSON-encoded (which escapes &lt;, &gt; and &amp;).
/// </summary>
internal static class LoginPages
{
    public static string PlatformStorage(string language, string target, string state, string ticket, string authUrl, string platformAuthUrl)
    {
        var origin = Uri.TryCreate(platformAuthUrl, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;
        var config = JsonSerializer.Serialize(new { target, state, ticket, auth = authUrl, origin });
        return Wrap(language, "Insignia", $$"""
            <p>{{E(UiLanguage.Pick(language, "Conectando con su plataforma…", "Connecting to your platform…"))}}</p>
            <script>
            (() => {
              const cfg = {{config}};
              const origin = cfg.origin || window.location.origin;
              const frame = cfg.target === '_parent' ? window.parent : (window.parent.frames[cfg.target] || window.parent);
              const id = 'insignia-' + Math.random().toString(36).slice(2);
              let done = false;
              const go = () => { if (!done) { done = true; window.location.href = cfg.auth; } };
              window.addEventListener('message', e => {
                if (e.data && e.data.subject === 'lti.put_data.response' && e.data.message_id === id) { go(); }
              });
              frame.postMessage({ subject: 'lti.put_data', message_id: id, key: 'state::' + cfg.state, value: cfg.ticket }, origin);
              setTimeout(go, 2000); // no answer: the partitioned cookie set with this page may still carry the login
            })();
            </script>
            """);
    }

    public static string CookieCheck(string language, string state, string authUrl, string selfUrl)
    {
        var config = JsonSerializer.Serialize(new { check = $"/lti/login/check?state={Uri.EscapeDataString(state)}", auth = authUrl, self = selfUrl });
        return Wrap(language, "Insignia", $$"""
            <p id="wait">{{E(UiLanguage.Pick(language, "Conectando con su plataforma…", "Connecting to your platform…"))}}</p>
            <div id="blocked" hidden>
              <p>{{E(UiLanguage.Pick(language, "Su navegador bloquea las cookies de Insignia dentro de la plataforma, así que Insignia no puede abrirse aquí.", "Your browser blocks Insignia's cookies inside the platform, so Insignia cannot open here."))}}</p>
              <button type="button" id="open">{{E(UiLanguage.Pick(language, "Abrir en una ventana nueva", "Open in a new window"))}}</button>
            </div>
            <script>
            (() => {
              const cfg = {{config}};
              const blocked = () => { document.getElementById('wait').hidden = true; document.getElementById('blocked').hidden = false; };
              document.getElementById('open').addEventListener('click', () => window.open(cfg.self, '_blank', 'noopener'));
              fetch(cfg.check, { credentials: 'include' }).then(r => r.json())
                .then(j => { if (j.cookie) { window.location.href = cfg.auth; } else { blocked(); } })
                .catch(blocked);
            })();
            </script>
            """);
    }
}
