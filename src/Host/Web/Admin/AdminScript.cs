namespace Insignia.Host.Web.Admin;

/// <summary>The admin pages' only script: shows the copy buttons and copies their URL (without it the URLs stay selectable text).</summary>
internal static class AdminScript
{
    public const string Source = """
        (() => {
          for (const button of document.querySelectorAll('button[data-copy]')) {
            if (!navigator.clipboard) { continue; }
            button.hidden = false;
            button.addEventListener('click', async () => {
              const field = document.getElementById(button.dataset.copy);
              await navigator.clipboard.writeText(field.value);
              button.setAttribute('aria-label', button.textContent + ': ' + field.value);
              button.dataset.copied = 'true';
            });
          }
          const kind = document.getElementById('kind');
          if (kind) {
            const show = () => { for (const set of document.querySelectorAll('fieldset[data-kind]')) { set.hidden = set.dataset.kind !== kind.value; } };
            kind.addEventListener('change', show);
            show();
          }
        })();
        """;
}
