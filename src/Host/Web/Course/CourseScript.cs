namespace Insignia.Host.Web.Course;

/// <summary>
/// The only script of the course pages (progressive enhancement: every form also works without it). It checks the
/// definition form on change, runs the rule builder's add/remove buttons in place, and follows "sync now" through
/// server-sent events (falling back to polling the status block when EventSource is missing or the stream fails).
/// </summary>
internal static class CourseScript
{
    public const string Source = """
        (() => {
          const post = (url, body) => fetch(url, { method: 'POST', body, headers: { 'X-Insignia-Fetch': '1' }, credentials: 'same-origin' });
          const form = document.getElementById('definition-form');
          const measured = ['score', 'mastery', 'rubric'];
          const tidy = () => {
            for (const req of document.querySelectorAll('#rule-builder .req')) {
              const kind = req.querySelector('select[id$=".kind"]').value;
              const show = (suffix, on) => { const field = req.querySelector('[id$=".' + suffix + '"]'); if (field) { field.hidden = !on; } };
              show('activity', kind !== 'credential');
              show('attempt', measured.includes(kind));
              show('credential', kind === 'credential');
            }
          };
          if (form) {
            tidy();
            const out = document.getElementById('validation');
            let timer;
            const check = async () => {
              const response = await post(form.dataset.check, new FormData(form));
              if (response.ok) { out.innerHTML = await response.text(); }
            };
            form.addEventListener('change', () => { tidy(); clearTimeout(timer); timer = setTimeout(check, 150); });
            form.addEventListener('click', async (event) => {
              const button = event.target.closest('button.structure');
              if (!button) { return; }
              event.preventDefault();
              const data = new FormData(form);
              data.set('action', button.value);
              const response = await post(form.getAttribute('action'), data); // form.action would be the buttons named "action"
              if (!response.ok) { return; }
              const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('rule-builder');
              if (!fresh) { return; }
              document.getElementById('rule-builder').replaceWith(fresh);
              const again = fresh.querySelector('button[value="' + CSS.escape(button.value) + '"]');
              const items = fresh.querySelectorAll('.req select[id$=".kind"], fieldset.group select[id$="combine"]');
              tidy();
              (again && !button.value.startsWith('remove:') ? again : items[items.length - 1] || fresh.querySelector('select')).focus();
              check();
            });
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
            const follow = () => {
              if (!window.EventSource) { poll(); return; }
              const source = new EventSource(sync.dataset.status.replace('/sync/status', '/sync/events'), { withCredentials: true });
              let heard = false;
              source.addEventListener('status', (event) => { heard = true; status.innerHTML = event.data; });
              source.addEventListener('end', () => source.close());
              source.onerror = () => { source.close(); if (!heard || running()) { poll(); } };
            };
            sync.addEventListener('submit', async (event) => {
              event.preventDefault();
              const response = await post(sync.action, new FormData(sync));
              if (response.ok) { status.innerHTML = await response.text(); follow(); }
            });
            if (running()) { follow(); }
          }
        })();
        """;
}
