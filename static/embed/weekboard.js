// weekboard embed loader: defines <week-board> and the JS API.
//
//   <script type="module" src="https://example.org/weekboard/weekboard.js"></script>
//   <week-board plan="…" units="km" week-start="mon" readonly></week-board>
//
// No inline script and no globals: a page with `script-src 'self'
// 'wasm-unsafe-eval'` can use it. The wasm, its glue and the stylesheet are found
// next to this file, so the bundle works from any path or origin. The build
// (scripts/embed-bundle.sh) fills in the hashed file names below.

const GLUE = './__GLUE__';
const WASM = './__WASM__';
const CSS = './__CSS__';

const beside = (file) => new URL(file, import.meta.url).href;

let loading;

/** Loads the planner once for the whole page; resolves to the wasm API. */
export function ready() {
  loading ??= import(beside(GLUE)).then(async (glue) => {
    await glue.default({ module_or_path: beside(WASM) });
    return glue;
  });
  return loading;
}

/** The report for a week of a plan (an object in the JSON plan format); `week`
 *  counts from 1 and defaults to the first. */
export async function scoreWeek(plan, week) {
  return (await ready()).scoreWeek(plan, week);
}

/** Every week of a plan at a glance: score, verdict, volume, markers. */
export async function scoreBlock(plan) {
  return (await ready()).scoreBlock(plan);
}

/** The share-link payload for a plan; the runner profile only if asked. */
export async function encodePlan(plan, includeAthlete = false) {
  return (await ready()).encodePlan(plan, includeAthlete);
}

/** The plan in a share-link payload or a whole share URL. */
export async function decodePlan(payload) {
  return (await ready()).decodePlan(payload);
}

/** What went wrong, in words a blog author can act on. */
function explain(error) {
  const text = String(error && error.message ? error.message : error);
  if (/mime|content-type|application\/wasm/i.test(text)) {
    return 'the server sends weekboard’s .wasm file with the wrong type: it must be served as application/wasm.';
  }
  if (/content security policy|csp|wasm-unsafe-eval|unsafe-eval/i.test(text)) {
    return 'this page’s Content Security Policy blocks WebAssembly: add \'wasm-unsafe-eval\' to script-src.';
  }
  if (/fetch|network|failed to load|dynamically imported|404/i.test(text)) {
    return 'its files could not be downloaded. Check that weekboard.js and the files next to it are on the server.';
  }
  return text;
}

const ATTRIBUTES = ['plan', 'week', 'units', 'week-start', 'readonly', 'autosave', 'storage-key', 'planner', 'theme'];
let made = 0;

class WeekBoardElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #widget = null;
  #root;
  #status;
  #order = ++made;
  #schemeWatch = null;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = beside(CSS);
    this.#status = document.createElement('p');
    this.#status.className = 'wb-embed-status';
    this.#status.setAttribute('role', 'status');
    this.#status.textContent = 'Loading the training week…';
    this.#root = document.createElement('div');
    this.#root.className = 'wb-embed-root';
    shadow.append(sheet, this.#status, this.#root);
  }

  connectedCallback() {
    this.#followScheme();
    if (this.#widget) return;
    ready()
      .then((glue) => {
        if (!this.isConnected || this.#widget) return;
        this.#widget = glue.mount(this.#root, this.#options(), (detail) => {
          this.dispatchEvent(new CustomEvent('weekboard-change', { detail, bubbles: true, composed: true }));
        });
        this.#status.hidden = true;
      })
      .catch((error) => this.#failed(error));
  }

  disconnectedCallback() {
    this.#schemeWatch?.disconnect();
    this.#schemeWatch = null;
    // Moving the element reconnects it straight away; only a real removal unmounts.
    queueMicrotask(() => {
      if (this.isConnected || !this.#widget) return;
      this.#widget.unmount();
      this.#widget.free();
      this.#widget = null;
    });
  }

  attributeChangedCallback() {
    if (!this.#widget) return;
    try {
      this.#widget.update(this.#options());
    } catch (error) {
      console.error('weekboard:', error);
    }
  }

  #options() {
    const plan = this.getAttribute('plan');
    return {
      plan,
      week: this.getAttribute('week'),
      units: this.getAttribute('units'),
      weekStart: this.getAttribute('week-start'),
      readonly: this.hasAttribute('readonly'),
      autosave: this.hasAttribute('autosave'),
      // Two widgets must never share saved state: without a key, the page's path
      // and the element's id (or its place on the page) make one.
      storageKey:
        this.getAttribute('storage-key') ??
        `weekboard:embed:${location.pathname}:${this.id || this.#order}`,
      plannerUrl: this.getAttribute('planner') ?? beside('./'),
    };
  }

  /** Dark mode follows the host page's color-scheme, or the system's when the
   *  page declares none (a `theme` attribute overrides both). */
  #followScheme() {
    const check = () => {
      const declared = getComputedStyle(this).colorScheme;
      if (!declared || declared === 'normal') this.#root.dataset.scheme = 'system';
      else delete this.#root.dataset.scheme;
    };
    check();
    this.#schemeWatch ??= new MutationObserver(check);
    for (const node of [document.documentElement, document.body]) {
      if (node) this.#schemeWatch.observe(node, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
    }
  }

  #failed(error) {
    console.error('weekboard could not start:', error);
    this.#status.hidden = false;
    this.#status.setAttribute('role', 'alert');
    this.#status.textContent = `This training week couldn’t load: ${explain(error)} `;
    const plan = this.getAttribute('plan');
    if (plan) {
      const open = document.createElement('a');
      const payload = plan.includes('#') ? plan.slice(plan.indexOf('#')) : `#plan=${plan}`;
      open.href = (this.getAttribute('planner') ?? beside('./')) + payload;
      open.target = '_blank';
      open.rel = 'noopener';
      open.textContent = 'Open it in the planner instead.';
      this.#status.append(open);
    }
  }
}

if (!customElements.get('week-board')) {
  customElements.define('week-board', WeekBoardElement);
}
