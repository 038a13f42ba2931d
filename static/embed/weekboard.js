// weekboard embed loader: defines <week-board> and the JS API.
//
//   <script type="module" src="https://example.org/weekboard/weekboard.js"></script>
//   <week-board plan="…" units="km" week-start="mon" readonly></week-board>
//
// No inline script and no globals: a page with `script-src 'self'
// 'wasm-unsafe-eval'` can use it. The wasm, its glue and the stylesheets are found
// next to this file, so the bundle works from any path or origin. The build
// (scripts/embed-bundle.sh) fills in the hashed file names below.
//
// Two bundles: a `readonly` widget downloads the viewer, a fraction of the
// planner; an editable one, and the JS API, download the planner, on first need.
// Two stylesheets likewise: every widget links CSS, all a read-only widget shows;
// a widget the planner draws adds PLANNER_CSS, what only editing shows.

const GLUE = './__GLUE__';
const WASM = './__WASM__';
const CSS = './__CSS__';
const PLANNER_CSS = './__PLANNER_CSS__';
const VIEWER_GLUE = './__VIEWER_GLUE__';
const VIEWER_WASM = './__VIEWER_WASM__';
// Read-only widgets use the viewer. The one-look test turns this off to draw the
// same weeks with the planner's read-only mode.
const READONLY_VIEWER = true;

const beside = (file) => new URL(file, import.meta.url).href;

function stylesheet(file) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = beside(file);
  return link;
}

/** A bundle, loaded once for the whole page on first call. */
function bundle(glue, wasm) {
  let loading;
  return () => {
    loading ??= import(beside(glue)).then(async (module) => {
      await module.default({ module_or_path: beside(wasm) });
      return module;
    }).catch((error) => {
      // A download that failed is tried again when next asked for ("Edit a copy").
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

const planner = bundle(GLUE, WASM);
const viewer = bundle(VIEWER_GLUE, VIEWER_WASM);

/** Loads the planner once for the whole page; resolves to the wasm API. */
export function ready() {
  return planner();
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
/** Words of a browser's error for a file that did not download. */
const DOWNLOAD = /fetch|network|failed to load|dynamically imported|404/i;

/** An error's own words, whatever was thrown. */
const wordsOf = (error) => String(error && error.message ? error.message : error);

function explain(error) {
  const text = wordsOf(error);
  if (/mime|content-type|application\/wasm/i.test(text)) {
    return 'the server sends weekboard’s .wasm file with the wrong type: it must be served as application/wasm.';
  }
  if (/content security policy|csp|wasm-unsafe-eval|unsafe-eval/i.test(text)) {
    return 'this page’s Content Security Policy blocks WebAssembly: add \'wasm-unsafe-eval\' to script-src.';
  }
  if (DOWNLOAD.test(text)) {
    return 'its files could not be downloaded. Check that weekboard.js and the files next to it are on the server.';
  }
  return text;
}

const ATTRIBUTES = ['plan', 'week', 'units', 'week-start', 'readonly', 'autosave', 'storage-key', 'planner', 'theme'];
let made = 0;

/** Makes `into`'s children look like `from`'s, touching only what differs: the
 *  viewer draws its whole widget as HTML, and a patch keeps focus, hover and the
 *  reader's open "Why?" and "Source" where they are. */
function patch(into, from) {
  const before = [...into.childNodes];
  const after = [...from.childNodes];
  after.forEach((node, i) => {
    const old = before[i];
    if (!old) into.append(node);
    else if (old.nodeName !== node.nodeName) old.replaceWith(node);
    else if (node.nodeType !== Node.ELEMENT_NODE) {
      if (old.nodeValue !== node.nodeValue) old.nodeValue = node.nodeValue;
    } else {
      for (const { name } of [...old.attributes]) {
        const theReaders = name === 'open' && old.nodeName === 'DETAILS';
        if (!node.hasAttribute(name) && !theReaders) old.removeAttribute(name);
      }
      for (const { name, value } of node.attributes) {
        if (old.getAttribute(name) !== value) old.setAttribute(name, value);
      }
      patch(old, node);
    }
  });
  for (const old of before.slice(after.length)) old.remove();
}

/** What a reader does to a read-only widget, as `View::act` numbers it. */
const SHOW_WEEK = 0, STEP_WEEK = 1, LIGHT_FINDING = 2, TRIED_TO_EDIT = 3, EDIT_COPY = 4,
  MORE_FINDINGS = 5, RESIZE = 6;

/** One read-only widget drawn by the viewer: the wasm keeps the state and writes
 *  the HTML, this wires the reader's pointer and keys to it. */
class ReadOnlyWidget {
  #view;
  #root;
  #watch;

  constructor(glue, root, options) {
    const today = new Date();
    this.#view = new glue.View(today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate());
    this.#ask(options);
    this.#view.open();
    this.#root = root;
  }

  /** Hands the view the attributes, one at a time (see `View::ask`). */
  #ask(options) {
    ['plan', 'week', 'units', 'weekStart', 'plannerUrl'].forEach((name, which) => this.#view.ask(which, options[name]));
  }

  /** The attributes have a problem only the planner has words for. */
  get needsPlanner() { return this.#view.needsPlanner(); }

  /** Hands the view what the reader did; draws again when that changed the widget. */
  #act(action, n = 0) {
    if (this.#view.act(action, n)) this.#draw();
  }

  /** Draws the widget, wired; its width words are right from the first frame. */
  show() {
    this.#view.act(RESIZE, this.#root.getBoundingClientRect().width);
    this.#draw();
    const findings = () => [...this.#root.querySelectorAll('.wb-finding')];
    const light = (node) => {
      const finding = node instanceof Element ? node.closest('.wb-finding') : null;
      this.#act(LIGHT_FINDING, finding ? findings().indexOf(finding) : -1);
    };
    const on = (type, act) => this.#root.addEventListener(type, act);
    // As the planner: a finding lights its days while the pointer is on it or it
    // has focus.
    on('mouseover', (e) => light(e.target));
    on('mouseout', (e) => light(e.relatedTarget));
    on('focusin', (e) => light(e.target));
    on('focusout', (e) => light(e.relatedTarget));
    on('click', (e) => {
      const button = e.target.closest('button');
      if (!button || button.getAttribute('aria-disabled') === 'true') return;
      const testid = button.dataset.testid;
      if (button.dataset.week !== undefined) this.#act(SHOW_WEEK, Number(button.dataset.week));
      else if (testid === 'previous-week') this.#act(STEP_WEEK, -1);
      else if (testid === 'next-week') this.#act(STEP_WEEK, 1);
      else if (button.classList.contains('wb-more-findings')) this.#act(MORE_FINDINGS);
    });
    // A mouse press on a card says how to change the week; a touch may be a scroll.
    on('pointerdown', (e) => {
      if (e.pointerType === 'mouse' && e.target.closest('.wb-card')) this.#act(TRIED_TO_EDIT);
    });
    this.#watch = new ResizeObserver(() => this.#act(RESIZE, this.#root.getBoundingClientRect().width));
    this.#watch.observe(this.#root);
  }

  #draw() {
    const drawn = document.createElement('template');
    drawn.innerHTML = this.#view.html();
    patch(this.#root, drawn.content);
  }

  /** "Edit a copy" was pressed: the button says the planner is coming; or, with
   *  `false`, it could not come and the button is back. */
  copying(opening = true) {
    this.#act(EDIT_COPY, opening ? 1 : 0);
  }

  /** New attributes; resolves to a `weekboard-change` detail when the week changed. */
  update(options) {
    this.#ask(options);
    const changed = this.#view.update();
    if (this.needsPlanner) return null;
    this.#draw();
    return changed ? this.#change(options) : null;
  }

  /** `{ plan, report, link }`, as the planner sends it; the planner builds the
   *  objects, so it is fetched then, and only then. */
  async #change(options) {
    const shown = this.#view.shown();
    return (await ready()).readOnlyChange(options, shown);
  }

  unmount() {
    this.#watch?.disconnect();
    this.#root.replaceChildren();
  }

  free() { this.#view.free(); }
}

class WeekBoardElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #widget = null;
  #starting = false;
  #swapping = false;
  // The reader chose "Edit a copy": the widget is theirs to edit, `readonly` or not.
  #copy = false;
  #root;
  #sheet = stylesheet(CSS);
  #plannerSheet;
  #status;
  #said;
  #order = ++made;
  #schemeWatch = null;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    this.#status = document.createElement('p');
    this.#status.className = 'wb-embed-status';
    this.#status.setAttribute('role', 'status');
    this.#status.textContent = 'Loading the training week…';
    this.#root = this.#newRoot();
    // A live region of the loader's own, out of sight: it outlives the swap.
    this.#said = document.createElement('div');
    this.#said.className = 'wb-visually-hidden';
    this.#said.setAttribute('role', 'status');
    shadow.append(this.#sheet, this.#status, this.#root, this.#said);
    // "Edit a copy", drawn by either bundle: a click, or Enter or Space (detail 0).
    shadow.addEventListener('click', (e) => {
      if (e.target.closest('[data-testid="edit-copy"]')) {
        this.#editCopy(e.detail === 0).catch((error) => this.#failed(error));
      }
    });
  }

  #newRoot() {
    const root = document.createElement('div');
    root.className = 'wb-embed-root';
    return root;
  }

  connectedCallback() {
    this.#followScheme();
    if (this.#widget || this.#starting) return;
    this.#starting = true;
    this.#start()
      .then(() => { this.#status.hidden = true; })
      .catch((error) => this.#failed(error))
      .finally(() => { this.#starting = false; });
  }

  /** The viewer for a read-only widget, else (or when the attributes have a
   *  problem to show) the planner. */
  async #start() {
    if (READONLY_VIEWER && this.hasAttribute('readonly')) {
      const glue = await viewer();
      if (!this.isConnected || this.#widget) return;
      // `readonly` may have gone while the viewer loaded.
      const widget = this.hasAttribute('readonly') ? new ReadOnlyWidget(glue, this.#root, this.#options()) : null;
      if (widget && !widget.needsPlanner) {
        widget.show();
        this.#widget = widget;
        return;
      }
      widget?.free();
    }
    await this.#startPlanner(this.#root);
  }

  /** Mounts the planner in `root`, unless the widget is no longer `before`; its
   *  stylesheet applies by then, so no frame shows the planner without it. */
  async #startPlanner(root, before = null) {
    const [glue] = await Promise.all([planner(), this.#plannerStyles()]);
    if (!this.isConnected || this.#widget !== before) return;
    const widget = glue.mount(root, this.#options(), (detail) => this.#tell(detail));
    this.#widget = widget;
  }

  /** Links the planner's stylesheet after the shared one, once; resolves when it
   *  applies. */
  #plannerStyles() {
    return (this.#plannerSheet ??= new Promise((ok, fail) => {
      const link = stylesheet(PLANNER_CSS);
      link.onload = ok;
      link.onerror = () => {
        // Asked for again on the next try.
        this.#plannerSheet = null;
        link.remove();
        fail(new Error(`failed to load ${link.href}`));
      };
      this.#sheet.after(link);
    }));
  }

  #tell(detail) {
    this.dispatchEvent(new CustomEvent('weekboard-change', { detail, bubbles: true, composed: true }));
  }

  /** The viewer gives way to the planner (the reader may now edit, or the
   *  attributes have a problem to show). The planner is drawn out of sight first
   *  and swapped in within one task: no frame without a widget, and the widget's
   *  top stays where the reader sees it. */
  async #swapToPlanner() {
    if (this.#swapping) return;
    this.#swapping = true;
    try {
      await this.#swapInPlanner();
    } finally {
      this.#swapping = false;
    }
  }

  async #swapInPlanner() {
    const before = this.#widget;
    const fresh = this.#newRoot();
    fresh.hidden = true;
    if (this.#root.dataset.scheme) fresh.dataset.scheme = this.#root.dataset.scheme;
    this.#root.after(fresh);
    try {
      await this.#startPlanner(fresh, before);
    } catch (error) {
      fresh.remove();
      throw error;
    }
    // Yew draws on its scheduler: give it the frame it asks for.
    await new Promise((done) => requestAnimationFrame(() => done()));
    if (this.#widget === before) { fresh.remove(); return; }
    const top = this.getBoundingClientRect().top;
    before.unmount();
    before.free();
    this.#root.remove();
    fresh.hidden = false;
    this.#root = fresh;
    const moved = this.getBoundingClientRect().top - top;
    if (moved) window.scrollBy(0, moved);
    // Attributes changed while the planner was on its way: it follows them now.
    this.#widget.update(this.#options());
  }

  /** "Edit a copy": the widget, drawn read-only by either bundle, gives way to a
   *  planner holding a copy of the week on show, swapped in as for a dropped
   *  `readonly`. Focus, which was on the button, goes to the first card. */
  async #editCopy(keyboard) {
    const before = this.#widget;
    if (this.#copy || !before) return;
    this.#copy = true;
    this.#said.textContent = '';
    // A failed try's alert goes with the next try.
    this.#say(null);
    if (before instanceof ReadOnlyWidget) before.copying();
    try {
      await this.#swapToPlanner();
    } catch (error) {
      // The post's week stays as it was, and the button can try again.
      console.error('weekboard could not open a copy:', error);
      this.#copy = false;
      if (before instanceof ReadOnlyWidget) before.copying(false);
      // Most likely the reader's connection: the author's advice in explain() is
      // for a widget that never loaded.
      const why = DOWNLOAD.test(wordsOf(error)) ? 'the planner didn’t download.' : explain(error);
      this.#say(`Your copy couldn’t open: ${why} The post’s week is as it was; “Edit a copy” tries again.`, { beside: true });
      return;
    }
    if (this.#widget === before) return;
    if (document.activeElement === document.body) {
      const first = this.#root.querySelector('[data-session-id][tabindex]') ?? this.#root.querySelector('#wb-week');
      // A keyboard goes where focus goes; a mouse or a finger stays where it was.
      first?.focus({ preventScroll: !keyboard });
    }
    this.#said.textContent = 'Your copy of the week is ready to edit. The post’s week stays as it is.';
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

  attributeChangedCallback(name) {
    // The page itself makes the widget editable: from now on `readonly` is the
    // page's to set again.
    if (name === 'readonly' && !this.hasAttribute('readonly')) this.#copy = false;
    const widget = this.#widget;
    // A planner on its way reads the attributes as they are when it mounts.
    if (!widget || this.#swapping) return;
    try {
      if (widget instanceof ReadOnlyWidget) {
        if (name === 'theme') return;
        const change = this.hasAttribute('readonly') ? widget.update(this.#options()) : null;
        if (!this.hasAttribute('readonly') || widget.needsPlanner) {
          this.#swapToPlanner().catch((error) => this.#failed(error));
        } else {
          change?.then((detail) => this.#tell(detail)).catch((error) => console.error('weekboard:', error));
        }
      } else {
        widget.update(this.#options());
      }
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
      // A reader's copy is editable, lasts until the page closes, and opens on the
      // week of a block that was on show.
      copy: this.#copy,
      readonly: this.hasAttribute('readonly') && !this.#copy,
      autosave: this.hasAttribute('autosave') && !this.#copy,
      shown: this.#copy ? this.#root.querySelector('[data-week][aria-current]')?.dataset.week : undefined,
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

  /** What went wrong, as an alert in the status line (`null` hides it); `beside` a
   *  widget that stays, it needs no placeholder's height. */
  #say(text, { beside = false } = {}) {
    this.#status.hidden = text === null;
    this.#status.setAttribute('role', text === null ? 'status' : 'alert');
    this.#status.classList.toggle('is-beside', beside);
    if (text !== null) this.#status.textContent = text;
  }

  #failed(error) {
    console.error('weekboard could not start:', error);
    this.#say(`This training week couldn’t load: ${explain(error)} `);
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
