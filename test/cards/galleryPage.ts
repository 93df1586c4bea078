/**
 * The card gallery as one HTML page: every sample of test/cards/samples.ts, expanded in Node and
 * rendered in the browser by the official Adaptive Cards renderer (npm adaptivecards, loaded from
 * node_modules by a relative file:// path: the page works offline).
 *
 * Written by `node --import tsx scripts/cards.ts`; opened by test/e2e/cardGallery.test.ts, which reads
 * `window.galleryResults` (per card: parse and validation events, exceptions) once `window.galleryDone`.
 */
import { cardBytes } from '../../src/cards/render.js';
import { sampleCard, sampleSlug, type CardSample } from './samples.js';

/** What the page hands to its script per card. */
export interface GalleryEntry {
  name: string;
  slug: string;
  template: string;
  description: string;
  bytes: number;
  card: Record<string, unknown>;
}

/** One card's result in the page: `problems` is empty when it parsed, validated and rendered cleanly. */
export interface GalleryResult {
  name: string;
  slug: string;
  problems: string[];
}

export function galleryEntries(samples: CardSample[]): GalleryEntry[] {
  return samples.map((s) => {
    const card = sampleCard(s);
    return { name: s.name, slug: sampleSlug(s), template: s.template, description: s.description, bytes: cardBytes(card), card };
  });
}

/** Colours for text on a container of any style; Teams' light theme. */
const foreground = {
  default: { default: '#242424', subtle: '#616161' },
  dark: { default: '#242424', subtle: '#616161' },
  light: { default: '#ffffff', subtle: '#f3f2f1' },
  accent: { default: '#5b5fc7', subtle: '#7f85f5' },
  good: { default: '#237b4b', subtle: '#27a35f' },
  warning: { default: '#835c00', subtle: '#a87600' },
  attention: { default: '#c4314b', subtle: '#d13438' },
};

/**
 * A host config like Microsoft Teams' light theme (after the adaptivecards designer's "Microsoft Teams"
 * host): Segoe UI 12/14/14/18/24 px, 16 px padding, at most 6 actions, ShowCards inline, horizontal buttons.
 */
export const teamsHostConfig = {
  supportsInteractivity: true,
  choiceSetInputValueSeparator: ',',
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#e0e0e0' },
  imageSizes: { small: 32, medium: 52, large: 100 },
  fontTypes: {
    default: {
      fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 200, default: 400, bolder: 600 },
    },
    monospace: {
      fontFamily: "'Courier New', Courier, monospace",
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 200, default: 400, bolder: 600 },
    },
  },
  containerStyles: {
    default: { backgroundColor: '#ffffff', foregroundColors: foreground },
    emphasis: { backgroundColor: '#f5f5f5', foregroundColors: foreground },
    accent: { backgroundColor: '#c7def9', foregroundColors: foreground },
    good: { backgroundColor: '#ccffcc', foregroundColors: foreground },
    attention: { backgroundColor: '#ffc5b2', foregroundColors: foreground },
    warning: { backgroundColor: '#ffe2b2', foregroundColors: foreground },
  },
  actions: {
    maxActions: 6,
    spacing: 'Default',
    buttonSpacing: 8,
    showCard: { actionMode: 'Inline', inlineTopMargin: 16, style: 'emphasis' },
    preExpandSingleShowCardAction: false,
    actionsOrientation: 'Horizontal',
    actionAlignment: 'Left',
    iconPlacement: 'LeftOfTitle',
  },
  adaptiveCard: { allowCustomStyle: false },
  factSet: {
    title: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Bolder', wrap: true, maxWidth: 150 },
    value: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Default', wrap: true },
    spacing: 16,
  },
  inputs: { label: { requiredInputs: { suffix: ' *', suffixColor: 'Attention' }, optionalInputs: {} }, errorMessage: { size: 'Small', color: 'Attention' } },
};

const css = String.raw`
:root { --card-width: 480px; }
* { box-sizing: border-box; }
body { margin: 0; background: #f5f5f5; color: #242424; font-family: 'Segoe UI', -apple-system, Roboto, 'Helvetica Neue', sans-serif; font-size: 14px; }
header, .toolbar, .sample > h2, .sample > .meta, .sample > details, .sample > .problems { padding: 0 16px; }
header h1 { font-size: 20px; margin: 16px 0 4px; }
header p { margin: 0 0 8px; color: #616161; }
.toolbar { margin: 8px 0 16px; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.toolbar button { font: inherit; padding: 4px 10px; border: 1px solid #d1d1d1; border-radius: 4px; background: #fff; cursor: pointer; }
.toolbar button[aria-pressed="true"] { background: #5b5fc7; color: #fff; border-color: #5b5fc7; }
.sample { margin: 0 0 32px; }
.sample > h2 { font-size: 16px; margin: 0 0 2px; }
.sample > .meta { margin: 0 0 8px; color: #616161; font-size: 12px; }
.card-host { width: min(var(--card-width), 100%); background: #fff; border: 1px solid #e0e0e0; border-radius: 6px; overflow: hidden; }
.problems { color: #c4314b; margin: 8px 0 0; }
.problems:empty { display: none; }
details { margin-top: 6px; font-size: 12px; }
details pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid #e0e0e0; padding: 8px; max-height: 320px; overflow: auto; }
/* Buttons wrap to a new row as in Teams and the Agents Playground, instead of shrinking to "…". */
.ac-actionSet { flex-wrap: wrap; row-gap: 8px; }
.ac-pushButton { font: inherit; font-weight: 600; padding: 4px 12px; min-height: 32px; border: 1px solid #d1d1d1; border-radius: 4px; background: #fff; color: #242424; }
.ac-pushButton.style-destructive { color: #c4314b; }
.ac-pushButton[aria-expanded="true"] { background: #e8ebfa; border-color: #5b5fc7; }
.ac-textBlock p { margin: 0; }
.ac-textBlock ul, .ac-textBlock ol { margin: 0; padding-left: 20px; }
.ac-input, .ac-input input, .ac-input textarea, .ac-input select { font: inherit; }
.ac-input.ac-textInput, .ac-input.ac-dateInput, .ac-input.ac-multichoiceInput.ac-choiceSetInput-compact { min-height: 32px; border: 1px solid #d1d1d1; border-radius: 4px; padding: 4px 8px; width: 100%; }
.ac-input.ac-textInput.ac-multiline { min-height: 64px; }
@media (max-width: 520px) { .sample > h2, .sample > .meta { padding: 0 8px; } .card-host { border-radius: 0; border-left: 0; border-right: 0; } }
`;

/**
 * Runs in the page. Plain JavaScript in a string: it is not compiled, so it cannot pick up helpers
 * (such as tsx's __name) that do not exist in the browser.
 */
const clientScript = String.raw`
(function () {
  var AC = window.AdaptiveCards;
  var gallery = window.gallery;
  var eventNames = AC.ValidationEvent;

  function escapeHtml(s) { return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
  function inline(s) {
    return escapeHtml(s)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[\s(])_(\S.*?\S|\S)_(?=[\s).,:;!?]|$)/g, '$1<em>$2</em>')
      .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>');
  }
  /** The Markdown Teams renders in a TextBlock: bold, italic, links, bulleted and numbered lists. */
  function markdown(text) {
    var out = [], para = [], list = null;
    function flushPara() { if (para.length) { out.push('<p>' + para.join('<br>') + '</p>'); para = []; } }
    function closeList() { if (list) { out.push('</' + list + '>'); list = null; } }
    text.split(/\r?\n/).forEach(function (line) {
      var bullet = /^\s*[-*]\s+(.*)$/.exec(line), numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
      var kind = bullet ? 'ul' : numbered ? 'ol' : null;
      if (kind) {
        flushPara();
        if (list !== kind) { closeList(); out.push('<' + kind + '>'); list = kind; }
        out.push('<li>' + inline((bullet || numbered)[1]) + '</li>');
      } else if (line.trim() === '') { flushPara(); closeList(); }
      else { closeList(); para.push(inline(line)); }
    });
    flushPara(); closeList();
    return out.join('');
  }
  AC.AdaptiveCard.onProcessMarkdown = function (text, result) { result.outputHtml = markdown(text); result.didProcess = true; };

  function describe(event) {
    var source = event.source && event.source.getJsonTypeName ? event.source.getJsonTypeName() : '';
    return (eventNames[event.event] || 'Event ' + event.event) + (source ? ' (' + source + ')' : '') + ': ' + event.message;
  }

  var results = [];
  gallery.entries.forEach(function (entry) {
    var section = document.getElementById('sample-' + entry.slug);
    var host = section.querySelector('.card-host');
    var problems = [];
    try {
      var card = new AC.AdaptiveCard();
      card.hostConfig = new AC.HostConfig(gallery.hostConfig);
      card.onExecuteAction = function (action) { console.log('[' + entry.name + '] ' + action.getJsonTypeName() + ' ' + (action.verb || action.title || '')); };
      var context = new AC.SerializationContext(AC.Versions.v1_5);
      card.parse(entry.card, context);
      for (var k = 0; k < context.eventCount; k++) {
        var parsed = context.getEventAt(k);
        if (parsed.event !== AC.ValidationEvent.Hint) problems.push('parse: ' + describe(parsed));
      }
      card.validateProperties().validationEvents.forEach(function (event) {
        if (event.event !== AC.ValidationEvent.Hint) problems.push('validation: ' + describe(event));
      });
      var element = card.render();
      if (element) host.appendChild(element);
      else problems.push('render: the renderer returned nothing');
    } catch (err) {
      problems.push('exception: ' + (err && err.stack ? err.stack : String(err)));
    }
    var list = section.querySelector('.problems');
    problems.forEach(function (p) { var li = document.createElement('li'); li.textContent = p; list.appendChild(li); });
    results.push({ name: entry.name, slug: entry.slug, problems: problems });
  });

  document.querySelectorAll('.toolbar button[data-width]').forEach(function (button) {
    button.addEventListener('click', function () {
      document.documentElement.style.setProperty('--card-width', button.dataset.width);
      document.querySelectorAll('.toolbar button').forEach(function (b) { b.setAttribute('aria-pressed', String(b === button)); });
    });
  });

  window.galleryResults = results;
  window.galleryDone = true;
})();
`;

/** JSON inside a <script> element: no "</script>" and no line separators that end a JS string. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface GalleryPageOptions {
  /** The renderer's script as the page should load it, relative to the page (e.g. ../../node_modules/adaptivecards/dist/adaptivecards.min.js). */
  rendererSrc: string;
  generatedAt: Date;
}

export function galleryHtml(entries: GalleryEntry[], { rendererSrc, generatedAt }: GalleryPageOptions): string {
  const sections = entries
    .map(
      (e) => `
<section class="sample" id="sample-${e.slug}" data-sample="${escapeHtml(e.name)}">
  <h2>${escapeHtml(e.name)}</h2>
  <p class="meta">${escapeHtml(e.description)}<br>src/cards/templates/${escapeHtml(e.template)}.json · ${(e.bytes / 1024).toFixed(1)} KB</p>
  <div class="card-host"></div>
  <ul class="problems"></ul>
  <details><summary>Kaart-JSON (zoals Teams hem krijgt)</summary><pre>${escapeHtml(JSON.stringify(e.card, null, 2))}</pre></details>
</section>`,
    )
    .join('\n');
  const stamp = generatedAt.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' });
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kaartengalerij – Veilig Thuis assistent</title>
<style>${css}</style>
</head>
<body>
<header>
  <h1>Kaartengalerij – Veilig Thuis assistent</h1>
  <p>${entries.length} voorbeelden van alle Adaptive Cards die de bot stuurt, met de officiële renderer (adaptivecards) en een Teams-achtige hostconfiguratie. Schema 1.5, maximaal 28 KB per kaart. Gemaakt op ${escapeHtml(stamp)} met <code>node --import tsx scripts/cards.ts</code>.</p>
</header>
<div class="toolbar">Kaartbreedte:
  <button data-width="320px" aria-pressed="false">320 px (smal, mobiel)</button>
  <button data-width="480px" aria-pressed="true">480 px (Teams-chat)</button>
  <button data-width="100%" aria-pressed="false">volle breedte</button>
</div>
<main>
${sections}
</main>
<script src="${escapeHtml(rendererSrc)}"></script>
<script>window.gallery = { hostConfig: ${scriptJson(teamsHostConfig)}, entries: ${scriptJson(entries)} };</script>
<script>${clientScript}</script>
</body>
</html>
`;
}
