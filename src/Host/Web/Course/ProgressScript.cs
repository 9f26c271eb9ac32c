namespace Insignia.Host.Web.Course;

/// <summary>
/// The progress page's script (progressive enhancement): "Copy link" copies the share field. Without it the field
/// stays selectable and the link can be copied by hand.
/// </summary>
internal static class ProgressScript
{
    public const string Source = """
        (() => {
          document.querySelectorAll('button.copy').forEach(button => {
            button.addEventListener('click', async () => {
              const field = document.getElementById(button.dataset.copy);
              field.select();
              try { await navigator.clipboard.writeText(field.value); } catch { document.execCommand('copy'); }
              const status = button.parentElement.querySelector('.copied');
              if (status) { status.textContent = button.dataset.done; }
            });
          });
        })();
        """;
}
