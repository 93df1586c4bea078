/**
 * The dashboard page: plain HTML, CSS and a small script, nothing from a CDN. Every figure is a
 * table with a caption (the accessible form; charts are still to come). Narrow-width friendly: the
 * tables scroll sideways inside their own box.
 */
import { WindowLabels, InsightTexts as T } from './texts.js';

/** Which column of which table gets a chart (the figures people compare across gemeenten). */
const ChartedColumns: Record<string, number> = { handovers: 1, now: 1, trend: 1, weeks: 1 };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** development: the local sign-in form; teams: Teams SSO in the tab; unavailable: the bot has no SSO settings. */
export type SignInMode = 'development' | 'teams' | 'unavailable';

export function dashboardPage(mode: SignInMode): string {
  const labels = { loading: T.loading, failed: T.failed, csv: T.csv, notInTeams: T.notInTeams, chartAlt: T.chartAlt, suppressed: T.chartSuppressed, charts: ChartedColumns, mode };
  const windows = Object.entries(WindowLabels)
    .map(([value, label]) => `<option value="${value}"${value === 'kwartaal' ? ' selected' : ''}>${escape(label)}</option>`)
    .join('');
  const windowField = `<label>${escape(T.window)} <select id="window" name="window">${windows}</select></label>`;
  const signIn =
    mode === 'development'
      ? `<form id="signin" class="panel" aria-describedby="signin-help">
  <h2>${escape(T.devSignIn)}</h2>
  <p id="signin-help">${escape(T.devSignInHelp)}</p>
  <label>${escape(T.devUser)} <input id="user" name="user" autocomplete="off" required></label>
  <label>${escape(T.gemeente)} <input id="gemeente" name="gemeente" autocomplete="off"></label>
  ${windowField}
  <button type="submit">${escape(T.show)}</button>
</form>`
      : mode === 'teams'
        ? `<form id="signin" class="panel">${windowField} <button type="submit">${escape(T.show)}</button></form>`
        : `<p class="panel">${escape(T.ssoNotConfigured)}</p>`;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(T.pageTitle)}</title>
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; margin: 0; padding: 1rem; color: #1b1b1b; background: #fff; line-height: 1.4; }
  h1 { font-size: 1.3rem; margin: 0 0 .5rem; }
  h2 { font-size: 1.05rem; margin: 0 0 .5rem; }
  .panel { border: 1px solid #8a8886; border-radius: 4px; padding: .75rem; margin-bottom: 1rem; }
  label { display: block; margin: .4rem 0; }
  input, select, button { font: inherit; padding: .3rem .4rem; border: 1px solid #605e5c; border-radius: 3px; }
  button { background: #464775; color: #fff; border-color: #464775; cursor: pointer; }
  :focus-visible { outline: 3px solid #0f6cbd; outline-offset: 2px; }
  .scroll { overflow-x: auto; margin-bottom: 1rem; }
  table { border-collapse: collapse; min-width: 100%; }
  caption { text-align: left; font-weight: 600; padding: .3rem 0; }
  th, td { border: 1px solid #c8c6c4; padding: .3rem .5rem; text-align: left; vertical-align: top; }
  td:not(:first-child) { text-align: right; }
  thead th { background: #f3f2f1; }
  .note { color: #484644; font-size: .9rem; }
  .chart { position: relative; margin: 0 0 .5rem; max-width: 40rem; }
</style>
</head>
<body>
<main>
<h1>${escape(T.pageTitle)}</h1>
${signIn}
<p id="status" role="status" aria-live="polite"></p>
<div id="figures"></div>
</main>
<script src="/dashboard/chart.js"></script>
${mode === 'teams' ? '<script src="/dashboard/teams.js"></script>' : ''}
<script>
const L = ${JSON.stringify(labels)};
const form = document.getElementById('signin');
const status = document.getElementById('status');
const out = document.getElementById('figures');
const tabGemeente = new URLSearchParams(location.search).get('gemeente') || '';
function query() {
  const p = new URLSearchParams({ window: document.getElementById('window').value });
  const g = L.mode === 'development' ? document.getElementById('gemeente').value.trim() : tabGemeente;
  if (g) p.set('gemeente', g);
  return p;
}
let teamsReady;
async function headers() {
  if (L.mode === 'development') return { 'X-Dev-User': document.getElementById('user').value.trim() };
  teamsReady ??= microsoftTeams.app.initialize();
  await teamsReady;
  return { Authorization: 'Bearer ' + (await microsoftTeams.authentication.getAuthToken()) };
}
function el(tag, text) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; }
async function show(event) {
  event.preventDefault();
  status.textContent = L.loading;
  out.replaceChildren();
  let auth;
  try { auth = await headers(); } catch { status.textContent = L.notInTeams; return; }
  const res = await fetch('/api/dashboard/figures?' + query(), { headers: auth });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) { status.textContent = body.message || L.failed; return; }
  status.textContent = body.scope + '. ' + body.period;
  for (const t of body.tables) {
    const box = el('div'); box.className = 'scroll'; box.tabIndex = 0; box.setAttribute('role', 'region'); box.setAttribute('aria-label', t.title);
    const table = el('table'); table.id = 'table-' + t.id;
    table.append(el('caption', t.title));
    const head = el('thead'); const hr = el('tr');
    for (const c of t.columns) { const th = el('th', c); th.scope = 'col'; hr.append(th); }
    head.append(hr); table.append(head);
    const tbody = el('tbody');
    for (const r of t.rows) {
      const tr = el('tr');
      r.forEach((v, i) => { const cell = el(i === 0 ? 'th' : 'td', v); if (i === 0) cell.scope = 'row'; tr.append(cell); });
      tbody.append(tr);
    }
    table.append(tbody); box.append(table);
    if (L.charts[t.id] !== undefined) out.append(chart(t, L.charts[t.id]));
    const csv = el('button', L.csv + ': ' + t.title); csv.type = 'button';
    csv.addEventListener('click', () => download(t.id));
    out.append(box, csv);
  }
  out.append(el('p', body.note)); out.lastChild.className = 'note';
}
/** A bar per row (gemeente or month) for one column; suppressed values ("< 5") get no bar and the table says why. */
function chart(t, column) {
  const wrap = el('figure'); wrap.className = 'chart';
  const canvas = el('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', L.chartAlt.replace('{title}', t.columns[column]).replace('{table}', t.title));
  canvas.id = 'chart-' + t.id;
  wrap.style.height = (t.rows.length * 22 + 60) + 'px';
  wrap.append(canvas);
  const values = t.rows.map((r) => (/^[0-9]+$/.test(r[column]) ? Number(r[column]) : null));
  new Chart(canvas, {
    type: 'bar',
    data: { labels: t.rows.map((r) => r[0]), datasets: [{ label: t.columns[column], data: values, backgroundColor: '#464775' }] },
    options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false }, title: { display: true, text: t.columns[column] + ' (' + L.suppressed + ')' } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  return wrap;
}
async function download(id) {
  const p = query(); p.set('table', id);
  const res = await fetch('/api/dashboard/figures.csv?' + p, { headers: await headers() });
  if (!res.ok) { status.textContent = L.failed; return; }
  const a = el('a'); a.href = URL.createObjectURL(await res.blob()); a.download = id + '.csv'; a.click();
}
if (form) form.addEventListener('submit', show);
if (form && L.mode === 'teams') form.requestSubmit();
</script>
</body>
</html>
`;
}

/** The channel tab's configuration page in Teams: which gemeente this channel's dashboard shows. */
export function configurePage(gemeenten: string[]): string {
  const options = gemeenten.map((g) => `<option value="${escape(g)}">${escape(g)}</option>`).join('');
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(T.configureTitle)}</title>
<style>body { font-family: "Segoe UI", system-ui, sans-serif; padding: 1rem; color: #1b1b1b; } select { font: inherit; padding: .3rem; }</style>
</head>
<body>
<main>
<h1>${escape(T.configureTitle)}</h1>
<label for="gemeente">${escape(T.configureLabel)}</label>
<select id="gemeente"><option value="">${escape(T.configureChoose)}</option>${options}</select>
<p>${escape(T.configureHelp)}</p>
</main>
<script src="/dashboard/teams.js"></script>
<script>
const select = document.getElementById('gemeente');
microsoftTeams.app.initialize().then(() => {
  microsoftTeams.pages.config.registerOnSaveHandler((save) => {
    const g = select.value;
    microsoftTeams.pages.config
      .setConfig({ entityId: 'dashboard-' + g, contentUrl: location.origin + '/dashboard?gemeente=' + encodeURIComponent(g), suggestedDisplayName: ${JSON.stringify(T.configureTabName)} + ' ' + g })
      .then(() => save.notifySuccess(), (e) => save.notifyFailure(String(e)));
  });
  select.addEventListener('change', () => microsoftTeams.pages.config.setValidityState(select.value !== ''));
});
</script>
</body>
</html>
`;
}
