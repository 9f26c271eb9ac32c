using System.Text.Json;
using Insignia.Host.Web;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Lti.Launch;

/// <summary>Pages of the launch: reading the login back from platform storage, and the refusal page.</summary>
internal static class LaunchPages
{
    public const string StorageTicketField = "lti_storage_ticket";
    public const string StorageCheckedField = "lti_storage_checked";

    public static string PlatformStorageRead(string language, string target, string idToken, string state)
    {
        var config = JsonSerializer.Serialize(new { target, state });
        return Wrap(language, "Insignia", $$"""
            <form id="relaunch" method="post" action="/lti/launch">
              <input type="hidden" name="id_token" value="{{E(idToken)}}">
              <input type="hidden" name="state" value="{{E(state)}}">
              <input type="hidden" name="{{StorageCheckedField}}" value="1">
              <input type="hidden" name="{{StorageTicketField}}" id="ticket" value="">
              <noscript><button type="submit">{{E(UiLanguage.Pick(language, "Continuar", "Continue"))}}</button></noscript>
            </form>
            <script>
            (() => {
              const cfg = {{config}};
              const form = document.getElementById('relaunch');
              const frame = cfg.target === '_parent' ? window.parent : (window.parent.frames[cfg.target] || window.parent);
              const id = 'insignia-' + Math.random().toString(36).slice(2);
              let sent = false;
              const send = () => { if (!sent) { sent = true; form.submit(); } };
              window.addEventListener('message', e => {
                if (e.data && e.data.subject === 'lti.get_data.response' && e.data.message_id === id) {
                  document.getElementById('ticket').value = e.data.value || '';
                  send();
                }
              });
              frame.postMessage({ subject: 'lti.get_data', message_id: id, key: 'state::' + cfg.state }, '*');
              setTimeout(send, 2000);
            })();
            </script>
            """);
    }

    public static string Rejected(string language, LaunchRejection rejection)
    {
        var (es, en) = LaunchErrorAdvice.For(rejection.Code);
        return Wrap(language, UiLanguage.Pick(language, "Inicio rechazado", "Launch refused"), $"""
            <h1>{E(UiLanguage.Pick(language, "Insignia rechazó este inicio desde la plataforma", "Insignia refused this launch from the platform"))}</h1>
            <p>{E(UiLanguage.Pick(language, "Comprobación que falló:", "Check that failed:"))} <strong>{E(rejection.Step)}</strong> (<code data-code="{E(rejection.Code)}">{E(rejection.Code)}</code>)</p>
            <p>{E(rejection.Description)}</p>
            <h2>{E(UiLanguage.Pick(language, "Qué puede hacer la administración", "What an administrator can do"))}</h2>
            <p>{E(UiLanguage.Pick(language, es, en))}</p>
            """);
    }
}
