// The Delta Inspector's webview (spec §6): the tokens of the change grouped by file or by module, filters by
// kind, category, module and text, sorting by share of ΔZ, a detail pane in plain words with before/after,
// the share and its arithmetic and the gate lines; buttons to jump to the code, open the diff
// and show the quick fixes. Keyboard: ↑/↓ move, Enter jumps, D opens the diff. Text comes from
// the server as plain strings and is inserted with textContent only (never as HTML). Runs in
// the browser (bundled as an IIFE into dist/webview/inspector.js); talks only through the
// protocol's types.
import type { InspectorFinding, InspectorFromWebview, InspectorToken, InspectorToWebview, InspectorView } from '../../server/src/protocol';
import { sayReadyUntilView } from '../shared/ready';

declare function acquireVsCodeApi(): { postMessage(m: InspectorFromWebview): void; getState(): unknown; setState(s: unknown): void };

const vscode = acquireVsCodeApi();
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const summary = $<HTMLParagraphElement>('summary');
const kindSel = $<HTMLSelectElement>('kind');
const moduleSel = $<HTMLSelectElement>('module');
const categorySel = $<HTMLSelectElement>('category');
const search = $<HTMLInputElement>('search');
const sortSel = $<HTMLSelectElement>('sort');
const count = $<HTMLSpanElement>('count');
const list = $<HTMLDivElement>('list');
const detail = $<HTMLDivElement>('detail');

const tabTokens = $<HTMLButtonElement>('tab-tokens');
const tabFindings = $<HTMLButtonElement>('tab-findings');
const paneTokens = $<HTMLElement>('pane-tokens');
const paneFindings = $<HTMLElement>('pane-findings');
const queueSel = $<HTMLSelectElement>('queue');
const fHeadline = $<HTMLParagraphElement>('f-headline');
const fCount = $<HTMLSpanElement>('f-count');
const fList = $<HTMLDivElement>('f-list');

interface State {
  tab?: 'tokens' | 'findings';
  queue?: string;
  kind: string;
  category: string;
  module: string;
  search: string;
  sort: string;
  selected?: string;
}
const state: State = { kind: '', category: '', module: '', search: '', sort: 'file', ...((vscode.getState() ?? {}) as Partial<State>) };
let view: InspectorView | undefined;
let shown: InspectorToken[] = [];

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};
/** Text with `code` spans: backtick-quoted parts become <code> elements (text only, never HTML). */
function withCode(text: string, cls?: string): HTMLParagraphElement {
  const p = el('p', undefined, cls);
  text.split('`').forEach((part, i) => p.append(i % 2 ? el('code', part) : document.createTextNode(part)));
  return p;
}
const signed = (x: number) => `${x < 0 ? '−' : '+'}${Math.abs(x).toFixed(2)}`;
const save = () => vscode.setState(state);

function options(sel: HTMLSelectElement, values: string[], current: string): void {
  sel.replaceChildren(el('option', 'all'), ...values.map((v) => el('option', v)));
  (sel.options[0] as HTMLOptionElement).value = '';
  sel.value = values.includes(current) ? current : '';
}

function matches(t: InspectorToken): boolean {
  if (state.kind && t.kind !== state.kind) return false;
  if (state.category && t.category !== state.category) return false;
  if (state.module && t.module !== state.module) return false;
  const q = state.search.trim().toLowerCase();
  if (!q) return true;
  return [t.file, t.symbol ?? '', t.kind, t.plain, t.message].some((s) => s.toLowerCase().includes(q));
}

function render(): void {
  if (!view) return;
  shown = view.tokens.filter(matches);
  if (state.sort === 'share') shown.sort((a, b) => b.share - a.share || (a.file < b.file ? -1 : 1) || a.line - b.line);
  else if (state.sort === 'module') shown.sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : b.share - a.share || (a.file < b.file ? -1 : 1) || a.line - b.line));
  else shown.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  // Per module: its tokens and the sum of their shares — the module's ΔZ (the parts add up, §3.6).
  const perModule = new Map<string, { n: number; dz: number }>();
  for (const t of view.tokens) {
    const m = perModule.get(t.module) ?? { n: 0, dz: 0 };
    m.n++;
    m.dz += t.shareShown;
    perModule.set(t.module, m);
  }
  const total = view.tokens.length;
  count.textContent = `${shown.length === total ? '' : `${shown.length} of `}${total} semantic token${total === 1 ? '' : 's'}${view.commentOnly ? ` · ${view.commentOnly} comment-only` : ''} · the number on each row: its share of its module's ΔZ`;
  const rows: HTMLElement[] = [];
  let lastFile = '';
  let lastModule: string | undefined;
  for (const t of shown) {
    if (state.sort === 'module' && t.module !== lastModule) {
      const m = perModule.get(t.module)!;
      const head = el('div', `module ${t.module} · ${m.n} token${m.n === 1 ? '' : 's'} · ΔZ ${m.dz.toFixed(2)}`, 'file');
      head.title = `the shares of module ${t.module}'s tokens add up to its ΔZ`;
      rows.push(head);
      lastModule = t.module;
    }
    if (state.sort === 'file' && t.file !== lastFile) {
      rows.push(el('div', t.file, 'file'));
      lastFile = t.file;
    }
    const row = el('div', undefined, 'row');
    row.setAttribute('role', 'option');
    row.dataset.uid = t.uid;
    row.setAttribute('aria-selected', String(t.uid === state.selected));
    row.append(el('span', t.kind, 'kind'), el('span', `${state.sort === 'file' ? '' : `${t.file}:`}${t.line} ${t.symbol ?? ''}`), Object.assign(el('span', signed(t.shareShown), 'share'), { title: `share of module ${t.module}'s ΔZ (the summary above splits the whole change's ΔZ)` }));
    row.title = t.message;
    row.addEventListener('click', () => select(t.uid));
    row.addEventListener('dblclick', () => open('open', t));
    rows.push(row);
  }
  if (!rows.length) rows.push(el('p', view.tokens.length ? 'No token matches the filters.' : 'No semantic change against the base.', 'muted'));
  list.replaceChildren(...rows);
  renderDetail();
}

function renderDetail(): void {
  const t = shown.find((x) => x.uid === state.selected);
  if (!t) {
    detail.replaceChildren(el('p', 'Select a token to see what changed and why it matters.', 'muted'));
    return;
  }
  const parts: HTMLElement[] = [el('h3', `${t.kind}${t.symbol ? ` · ${t.symbol}` : ''}`), withCode(t.plain, 'plain')];
  const share = el('p', `${t.shareText}${t.publicApi ? ' · public API' : ''}`);
  share.title = t.formula;
  parts.push(share, el('p', t.formula, 'muted'));
  if (t.before !== undefined || t.after !== undefined) {
    const sides = el('div', undefined, 'sides');
    const side = (label: string, text: string | undefined) => {
      const d = el('div');
      d.append(el('div', label, 'muted'), el('pre', text ?? '—'));
      return d;
    };
    sides.append(side('before', t.before), side('after', t.after));
    parts.push(sides);
  }
  if (t.gates.length) {
    parts.push(el('div', 'Gates it feeds', 'muted'));
    for (const g of t.gates) parts.push(el('div', g, 'gate'));
  }
  const actions = el('div', undefined, 'actions');
  const btn = (label: string, kind: 'open' | 'diff' | 'fix', secondary = false) => {
    const b = el('button', label, secondary ? 'secondary' : undefined);
    b.addEventListener('click', () => open(kind, t));
    return b;
  };
  actions.append(btn('Go to code', 'open'), btn('Open diff', 'diff', true));
  if (t.fixable) actions.append(btn('Add deprecated adapter…', 'fix', true));
  parts.push(actions);
  detail.replaceChildren(...parts);
}

// ------------------------------------------------------------------ SAST findings view
// The change's findings (issue 12): plain words first (the headline the PR comment prints),
// filter by queue, one row per finding (severity, rule, file:line, queue, new/worse/fixed), a
// click or Enter jumps to it. Messages arrive redacted; they are inserted as text only.

function showTab(tab: 'tokens' | 'findings'): void {
  state.tab = tab;
  save();
  tabTokens.setAttribute('aria-selected', String(tab === 'tokens'));
  tabFindings.setAttribute('aria-selected', String(tab === 'findings'));
  paneTokens.hidden = tab !== 'tokens';
  paneFindings.hidden = tab !== 'findings';
}

let shownFindings: InspectorFinding[] = [];

function renderFindings(): void {
  if (!view) return;
  const f = view.findings;
  const total = f.counts.block + f.counts.review + f.counts.fixable + f.counts.triage;
  // The same number as the headline's "(N findings in all)": unsuppressed, not fixed.
  tabFindings.textContent = `SAST findings (${total})`;
  fHeadline.textContent = f.headline;
  const q = state.queue ?? '';
  queueSel.value = q;
  shownFindings = f.list.filter((x) => !q || x.queue === q);
  const open = shownFindings.filter((x) => x.state !== 'fixed').length;
  const fixed = shownFindings.length - open;
  fCount.textContent = `${q ? `${open} of ${total} findings in the ${q} queue` : `${open} finding${open === 1 ? '' : 's'}`}${fixed ? ` · ${fixed} fixed by this change (listed last)` : ''}${f.suppressed ? ` · ${f.suppressed} suppressed, not listed` : ''}`;
  const rows = shownFindings.map((x, i) => {
    const r = el('div', undefined, `finding${x.state === 'fixed' ? ' fixed' : ''}`);
    r.setAttribute('role', 'option');
    r.tabIndex = -1;
    r.dataset.index = String(i);
    r.dataset.queue = x.queue;
    const top = el('div', undefined, 'top');
    top.append(el('span', x.severity, `sev ${x.severity}`), el('span', x.rule, 'rule'), el('span', `${x.queue} · ${x.state === 'unchanged' ? 'unchanged line' : x.state}`), el('span', `${x.file}:${x.line}`, 'where'));
    r.append(top, el('div', x.message, 'msg'));
    r.title = [x.queueReason, x.cwe ?? '', x.fixHint ?? '', `${x.tool} · ${x.id}`].filter(Boolean).join('\n');
    r.addEventListener('click', () => vscode.postMessage({ type: 'open', file: x.file, line: Math.max(1, x.line) }));
    return r;
  });
  if (!rows.length) rows.push(el('p', f.list.length ? `No finding in the ${q} queue.` : 'No SAST finding on this change.', 'muted'));
  fList.replaceChildren(...rows);
}

fList.addEventListener('keydown', (e) => {
  const rows = [...fList.querySelectorAll<HTMLElement>('.finding')];
  if (!rows.length) return;
  const i = rows.indexOf(document.activeElement as HTMLElement);
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    rows[Math.min(rows.length - 1, Math.max(0, i < 0 ? 0 : i + (e.key === 'ArrowDown' ? 1 : -1)))].focus();
    e.preventDefault();
  } else if (e.key === 'Enter' && i >= 0) {
    const x = shownFindings[i];
    vscode.postMessage({ type: 'open', file: x.file, line: Math.max(1, x.line) });
  }
});
queueSel.addEventListener('change', () => {
  state.queue = queueSel.value;
  save();
  renderFindings();
});
tabTokens.addEventListener('click', () => showTab('tokens'));
tabFindings.addEventListener('click', () => showTab('findings'));

function select(uid: string | undefined): void {
  state.selected = uid;
  save();
  for (const r of list.querySelectorAll<HTMLElement>('.row')) r.setAttribute('aria-selected', String(r.dataset.uid === uid));
  list.querySelector<HTMLElement>(`.row[aria-selected="true"]`)?.scrollIntoView({ block: 'nearest' });
  renderDetail();
}

function open(type: 'open' | 'diff' | 'fix', t: InspectorToken): void {
  vscode.postMessage({ type, file: t.file, line: Math.max(1, t.line) });
}

list.addEventListener('keydown', (e) => {
  if (!shown.length) return;
  const i = shown.findIndex((t) => t.uid === state.selected);
  const cur = shown[i];
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    const next = shown[Math.min(shown.length - 1, Math.max(0, i < 0 ? 0 : i + (e.key === 'ArrowDown' ? 1 : -1)))];
    select(next.uid);
    e.preventDefault();
  } else if (e.key === 'Enter' && cur) open('open', cur);
  else if ((e.key === 'd' || e.key === 'D') && cur) open('diff', cur);
});
for (const [sel, key] of [[kindSel, 'kind'], [categorySel, 'category'], [moduleSel, 'module'], [sortSel, 'sort']] as const) {
  sel.addEventListener('change', () => {
    state[key] = sel.value;
    save();
    render();
  });
}
search.addEventListener('input', () => {
  state.search = search.value;
  save();
  render();
});

window.addEventListener('message', (ev: MessageEvent<InspectorToWebview>) => {
  const m = ev.data;
  if (m.type === 'status') summary.textContent = m.message;
  else if (m.type === 'view') {
    ready.gotView();
    view = m.view;
    summary.textContent = m.view.summary;
    summary.title = m.view.decision.join('\n');
    options(kindSel, [...new Set(m.view.tokens.map((t) => t.kind))].sort(), state.kind);
    options(categorySel, [...new Set(m.view.tokens.map((t) => t.category))].sort(), state.category);
    options(moduleSel, [...new Set(m.view.tokens.map((t) => t.module))].sort(), state.module);
    render();
    renderFindings();
  } else if (m.type === 'focus') {
    // A lens: show that file (and select the symbol's first token); the palette: clear the narrowing.
    showTab('tokens');
    state.search = m.symbol ?? m.file ?? '';
    search.value = state.search;
    state.kind = '';
    kindSel.value = '';
    render();
    const first = shown.find((t) => (!m.symbol || t.symbol === m.symbol) && (!m.file || t.file === m.file));
    if (first) select(first.uid);
    list.focus();
  }
});

sortSel.value = state.sort;
showTab(state.tab ?? 'tokens');
search.value = state.search;
const ready = sayReadyUntilView(() => vscode.postMessage({ type: 'ready' }));
