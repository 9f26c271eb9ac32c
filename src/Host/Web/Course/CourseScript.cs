namespace Insignia.Host.Web.Course;

/// <summary>
/// The only script of the course pages (progressive enhancement: every form also works without it). It checks the
/// definition form on change and runs "sync now" with a polled progress block.
/// </summary>
internal static class CourseScript
{
    public const string Source = """
        (() => {
          const post = (url, form) => fetch(url, { method: 'POST', body: new FormData(form), headers: { 'X-Insignia-Fetch': '1' }, credentials: 'same-origin' });
          const form = document.getElementById('definition-form');
          if (form) {
            const out = document.getElementById('validation');
            let timer;
            const check = async () => {
              const response = await post(form.dataset.check, form);
              if (response.ok) { out.innerHTML = await response.text(); }
            };
            form.addEventListener('change', () => { clearTimeout(timer); timer = setTimeout(check, 150); });
          }
          const sync = document.getElementById('sync-form');
          if (sync) {
            const status = document.getElementById('sync-status');
            const running = () => status.querySelector('[data-sync="running"]') !== null;
            const poll = async () => {
              const response = await fetch(sync.dataset.status, { credentials: 'same-origin' });
              if (!response.ok) { return; }
              status.innerHTML = await response.text();
              if (running()) { setTimeout(poll, 400); }
            };
            sync.addEventListener('submit', async (event) => {
              event.preventDefault();
              const response = await post(sync.action, sync);
              if (response.ok) { status.innerHTML = await response.text(); setTimeout(poll, 200); }
            });
            if (running()) { poll(); }
          }
        })();
        """;
}
