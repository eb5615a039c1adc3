// The Mosaic panel's webview (spec §3.9, §6): draws the grid on a canvas, a layer selector,
// a hover tooltip (cell id, files and lines, symbols, layer values), click / Enter opens the
// file at the line (the extension validates the request), the cells of the symbol under the
// editor cursor outlined, I3's E and the disagreeing cells listed, keyboard navigation and a
// "find symbol or file" box. Theme-aware through VS Code's CSS variables. Runs in the browser
// (bundled as an IIFE into dist/webview/mosaic.js); talks only through the protocol's types.
import type { MosaicFromWebview, MosaicToWebview, MosaicView } from '../../server/src/protocol';

declare function acquireVsCodeApi(): { postMessage(m: MosaicFromWebview): void; getState(): unknown; setState(s: unknown): void };

type MosaicMap = MosaicView['map'];
type Cell = Extract<MosaicToWebview, { type: 'cell' }>['cell'];

const vscode = acquireVsCodeApi();
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const canvas = $<HTMLCanvasElement>('grid');
const ctx = canvas.getContext('2d')!;
const layerSelect = $<HTMLSelectElement>('layer');
const tooltip = $<HTMLDivElement>('tooltip');
const live = $<HTMLDivElement>('live');
const i3Box = $<HTMLDivElement>('i3');
const findBox = $<HTMLInputElement>('find');
const info = $<HTMLSpanElement>('info');
const foundBox = $<HTMLSpanElement>('found');

const OVERLAY = 'i3';
const STOPS: [number, number, number][] = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];

let map: MosaicMap | undefined;
/** Ψ per cell index, fetched on demand (hover, focus) and dropped with each new view. */
let psi = new Map<number, Cell>();
const pending = new Set<number>();
let cursorCells = new Set<number>();
let cursorLabel = '';
/** The query of the find shown, asked again for each new map (after an edit its cells are not the same). */
let findQuery = '';
/** The next `found` answers such a refresh: it updates the count and the wash, and moves no focus. */
let refreshingFind = false;
/** Cells of the last find (all highlighted) and what matched. */
let foundCells = new Set<number>();
let focus = -1;
let hover = -1;
let px = 8;
const saved = (vscode.getState() ?? {}) as { layer?: string };

function ramp(v: number): string {
  const x = Math.min(1, Math.max(0, v)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(x));
  const t = x - i;
  const a = STOPS[i];
  const b = STOPS[i + 1];
  return `rgb(${Math.round(a[0] + (b[0] - a[0]) * t)},${Math.round(a[1] + (b[1] - a[1]) * t)},${Math.round(a[2] + (b[2] - a[2]) * t)})`;
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

function idOf(i: number): string {
  const { rows, cols } = map!.grid;
  const w = (n: number) => Math.max(2, String(n - 1).length);
  return `MOZ::${rows}x${cols}@r${String(Math.floor(i / cols)).padStart(w(rows), '0')}c${String(i % cols).padStart(w(cols), '0')}`;
}

/** Ψ of a cell: cached, else asked for (the answer re-renders what is showing it). */
function cellOf(i: number): Cell | undefined {
  if (psi.has(i)) return psi.get(i);
  if (!pending.has(i) && map) {
    pending.add(i);
    vscode.postMessage({ type: 'cell', id: idOf(i) });
  }
  return undefined;
}

function indexOfId(id: string): number {
  const m = /@r(\d+)c(\d+)$/.exec(id);
  return m && map ? Number(m[1]) * map.grid.cols + Number(m[2]) : -1;
}

function draw(): void {
  if (!map) return;
  const { rows, cols } = map.grid;
  const wrap = canvas.parentElement!;
  const avail = Math.max(64, Math.min(wrap.clientWidth - 4, Math.max(240, window.innerHeight - 170)));
  px = Math.max(2, Math.floor(avail / Math.max(rows, cols)));
  const dpr = window.devicePixelRatio || 1;
  canvas.style.width = `${cols * px}px`;
  canvas.style.height = `${rows * px}px`;
  canvas.width = cols * px * dpr;
  canvas.height = rows * px * dpr;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  const bg = cssVar('--vscode-editor-background', '#1e1e1e');
  const empty = cssVar('--vscode-editorWidget-background', '#252526');
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, cols * px, rows * px);
  const layer = layerSelect.value;
  const values = layer === OVERLAY ? undefined : map.layers[layer as keyof MosaicMap['layers']];
  const ov = map.legend.overlay;
  for (let i = 0; i < rows * cols; i++) {
    const r = Math.floor(i / cols);
    const c = i % cols;
    let fill: string;
    if (!map.fileCount) fill = bg;
    else if (values) fill = values[i] > 0 ? ramp(values[i]) : empty;
    else {
      const p = map.layers.tokens[i] > 0;
      const d = map.layers.delta[i] > 0;
      fill = p && d ? ov.both : p ? ov.phi_only : d ? ov.delta_only : empty;
    }
    ctx.fillStyle = fill;
    ctx.fillRect(c * px, r * px, px, px);
  }
  drawBoundaries();
  // Every cell of the last find: a wash in the find-match colour and its outline.
  if (foundCells.size) {
    ctx.globalAlpha = 0.55;
    ctx.fillStyle = cssVar('--vscode-editor-findMatchHighlightBackground', '#ea5c0055');
    for (const i of foundCells) ctx.fillRect((i % cols) * px, Math.floor(i / cols) * px, px, px);
    ctx.globalAlpha = 1;
    regionOutline(foundCells, cssVar('--vscode-editor-findMatchBorder', cssVar('--vscode-editorWarning-foreground', '#cca700')));
  }
  drawLabels();
  // The symbol under the editor cursor, then hover and keyboard focus, outlined on top.
  const outline = (i: number, colour: string, width: number) => {
    const r = Math.floor(i / cols);
    const c = i % cols;
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.strokeRect(c * px + width / 2, r * px + width / 2, px - width, px - width);
  };
  // The cursor's symbol: a translucent wash plus its region's outer border (edges whose
  // neighbour is outside the region), so a symbol of many cells reads as one shape.
  const sel = cssVar('--vscode-editorCursor-foreground', '#ffffff');
  ctx.globalAlpha = 0.25;
  ctx.fillStyle = sel;
  for (const i of cursorCells) ctx.fillRect((i % cols) * px, Math.floor(i / cols) * px, px, px);
  ctx.globalAlpha = 1;
  regionOutline(cursorCells, sel);
  if (hover >= 0) outline(hover, cssVar('--vscode-list-hoverForeground', cssVar('--vscode-foreground', '#cccccc')), 1);
  if (focus >= 0) outline(focus, cssVar('--vscode-focusBorder', '#007fd4'), Math.max(1, Math.min(3, px / 3)));
  canvas.dataset.grid = `${rows}x${cols}`;
  canvas.dataset.cellPx = String(px);
  if (focus >= 0) {
    canvas.dataset.focusX = String((focus % cols) * px + px / 2);
    canvas.dataset.focusY = String(Math.floor(focus / cols) * px + px / 2);
    canvas.dataset.focusCell = idOf(focus);
  }
}

/** The outer border of a set of cells (edges whose neighbour is outside the set): one shape. */
function regionOutline(cells: ReadonlySet<number>, colour: string): void {
  if (!map || !cells.size) return;
  const { rows, cols } = map.grid;
  ctx.strokeStyle = colour;
  ctx.lineWidth = Math.max(1, Math.min(2, px / 4));
  ctx.beginPath();
  for (const i of cells) {
    const x = (i % cols) * px;
    const y = Math.floor(i / cols) * px;
    if (Math.floor(i / cols) === 0 || !cells.has(i - cols)) (ctx.moveTo(x, y), ctx.lineTo(x + px, y));
    if (Math.floor(i / cols) === rows - 1 || !cells.has(i + cols)) (ctx.moveTo(x, y + px), ctx.lineTo(x + px, y + px));
    if (i % cols === 0 || !cells.has(i - 1)) (ctx.moveTo(x, y), ctx.lineTo(x, y + px));
    if (i % cols === cols - 1 || !cells.has(i + 1)) (ctx.moveTo(x + px, y), ctx.lineTo(x + px, y + px));
  }
  ctx.stroke();
}

/** File boundaries: a line wherever two neighbouring cells belong to different files. */
function drawBoundaries(): void {
  if (!map || px < 3) return;
  const { rows, cols } = map.grid;
  const owner = map.regions.cellFile;
  ctx.strokeStyle = cssVar('--vscode-editor-background', '#1e1e1e');
  ctx.lineWidth = px >= 8 ? 1.5 : 1;
  ctx.beginPath();
  for (let i = 0; i < rows * cols; i++) {
    const x = (i % cols) * px;
    const y = Math.floor(i / cols) * px;
    if (i % cols < cols - 1 && owner[i] !== owner[i + 1]) (ctx.moveTo(x + px, y), ctx.lineTo(x + px, y + px));
    if (Math.floor(i / cols) < rows - 1 && owner[i] !== owner[i + cols]) (ctx.moveTo(x, y + px), ctx.lineTo(x + px, y + px));
  }
  ctx.stroke();
}

/**
 * Names of the largest file regions, written inside them (issue 10: "labels for the largest
 * regions"): up to 8 regions of at least 12 cells, at the cell nearest to the region's centre.
 */
function drawLabels(): void {
  if (!map || px < 4) return;
  const { cols } = map.grid;
  const byFile = new Map<number, number[]>();
  map.regions.cellFile.forEach((f, i) => {
    if (f >= 0) (byFile.get(f) ?? byFile.set(f, []).get(f)!).push(i);
  });
  const largest = [...byFile.entries()].filter(([, cells]) => cells.length >= 12).sort((a, b) => b[1].length - a[1].length).slice(0, 8);
  ctx.font = `${Math.max(10, Math.min(12, px * 1.2))}px var(--vscode-font-family, sans-serif)`;
  ctx.textBaseline = 'middle';
  const labels: string[] = [];
  for (const [f, cells] of largest) {
    const cx = cells.reduce((s, i) => s + (i % cols), 0) / cells.length;
    const cy = cells.reduce((s, i) => s + Math.floor(i / cols), 0) / cells.length;
    const at = cells.reduce((best, i) => (Math.hypot((i % cols) - cx, Math.floor(i / cols) - cy) < Math.hypot((best % cols) - cx, Math.floor(best / cols) - cy) ? i : best), cells[0]);
    const name = map.regions.files[f].split('/').pop()!;
    const w = ctx.measureText(name).width + 6;
    const x = Math.max(0, Math.min((at % cols) * px + px / 2 - w / 2, cols * px - w));
    const y = Math.floor(at / cols) * px + px / 2;
    ctx.globalAlpha = 0.8;
    ctx.fillStyle = cssVar('--vscode-editorWidget-background', '#252526');
    ctx.fillRect(x, y - 8, w, 16);
    ctx.globalAlpha = 1;
    ctx.fillStyle = cssVar('--vscode-editorWidget-foreground', cssVar('--vscode-foreground', '#cccccc'));
    ctx.fillText(name, x + 3, y);
    labels.push(name);
  }
  canvas.dataset.labels = labels.join('|');
}

/** The file a cell belongs to (known at once, before the cell's Ψ arrives). */
function fileOfCell(i: number): string | undefined {
  const f = map?.regions.cellFile[i] ?? -1;
  return f >= 0 ? map!.regions.files[f] : undefined;
}

function describe(i: number, html: boolean): string {
  if (!map) return '';
  const cell = cellOf(i);
  const esc = (s: string) => (html ? s.replace(/[&<>"]/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[ch]};`) : s);
  const file = fileOfCell(i);
  if (cell === undefined) return html ? `<div class="id">${esc(file ?? idOf(i))}</div><div>${esc(idOf(i))}: loading…</div>` : esc(`${file ? `${file} · ` : ''}${idOf(i)}: loading…`);
  if (!cell) return esc(`${idOf(i)}: empty cell`);
  const lines = cell.files.map((f) => {
    const range = f.head ? `${f.head[0]}–${f.head[1]}` : f.base ? `base ${f.base[0]}–${f.base[1]}` : '';
    const syms = f.symbols?.length ? ` · ${f.symbols.join(', ')}` : '';
    return esc(`${f.path}:${range}${syms}`);
  });
  // The findings layer's value is a risk share, not a count: say so next to the count above.
  const vals = Object.entries(map.layers).map(([k, v]) => `${k === 'findings' ? 'findings risk/max' : k} ${v[i].toFixed(2)}`).join(' · ');
  const sec = findingsLine(cell);
  return html
    ? `<div class="id">${esc(file ?? cell.id)}</div>${lines.map((l) => `<div>${l}</div>`).join('')}${sec ? `<div class="sec">${esc(sec)}</div>` : ''}<div class="vals">${esc(`${cell.id} · ${vals}`)}</div>`
    : `${cell.id}: ${lines.join('; ')}; ${sec ? `${sec}; ` : ''}${vals}`;
}

const SEVERITY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;

/** "2 SAST findings in this cell: 1 CRITICAL, 1 MEDIUM — riskiest glx.js.eval at src/a.ts:12 (block queue)". */
function findingsLine(cell: NonNullable<Cell>): string {
  const f = cell.findings;
  if (!f) return '';
  const parts = SEVERITY_ORDER.filter((s) => f.bySeverity[s]).map((s) => `${f.bySeverity[s]} ${s}`);
  return `${f.count} SAST finding${f.count === 1 ? '' : 's'} in this cell: ${parts.join(', ')} — riskiest ${f.first.rule} at ${f.first.file}:${f.first.line} (${f.first.queue} queue)`;
}

function cellAt(ev: MouseEvent): number {
  if (!map) return -1;
  const rect = canvas.getBoundingClientRect();
  const c = Math.floor((ev.clientX - rect.left) / px);
  const r = Math.floor((ev.clientY - rect.top) / px);
  return r >= 0 && c >= 0 && r < map.grid.rows && c < map.grid.cols ? r * map.grid.cols + c : -1;
}

function open(i: number): void {
  // On the findings layer the extension opens the cell's riskiest finding instead of its first line.
  if (map && i >= 0) vscode.postMessage(layerSelect.value === 'findings' ? { type: 'openCell', id: idOf(i), layer: 'findings' } : { type: 'openCell', id: idOf(i) });
}

function setFocus(i: number): void {
  if (!map) return;
  focus = Math.max(0, Math.min(map.grid.rows * map.grid.cols - 1, i));
  live.textContent = describe(focus, false);
  draw();
}

canvas.addEventListener('mousemove', (ev) => {
  const i = cellAt(ev);
  if (i === hover) return;
  hover = i;
  if (i < 0) tooltip.hidden = true;
  else {
    tooltip.innerHTML = describe(i, true);
    tooltip.hidden = false;
    const wrap = canvas.parentElement!.getBoundingClientRect();
    tooltip.style.left = `${Math.min(ev.clientX - wrap.left + 14, wrap.width - 260)}px`;
    tooltip.style.top = `${ev.clientY - wrap.top + 14}px`;
  }
  draw();
});
canvas.addEventListener('mouseleave', () => {
  hover = -1;
  tooltip.hidden = true;
  draw();
});
canvas.addEventListener('click', (ev) => {
  const i = cellAt(ev);
  if (i < 0) return;
  setFocus(i);
  open(i);
});
canvas.addEventListener('keydown', (ev) => {
  if (!map) return;
  const cols = map.grid.cols;
  const cur = focus < 0 ? 0 : focus;
  const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -cols, ArrowDown: cols };
  if (ev.key in moves) {
    const next = cur + moves[ev.key];
    const sameRow = Math.floor(next / cols) === Math.floor(cur / cols);
    if ((ev.key === 'ArrowLeft' || ev.key === 'ArrowRight') && !sameRow) return;
    setFocus(next);
    ev.preventDefault();
  } else if (ev.key === 'Home') setFocus(0);
  else if (ev.key === 'End') setFocus(map.grid.rows * cols - 1);
  else if (ev.key === 'Enter' || ev.key === ' ') {
    if (focus < 0) setFocus(0);
    open(focus);
    ev.preventDefault();
  }
});
canvas.addEventListener('focus', () => {
  if (focus < 0) setFocus(0);
});
layerSelect.addEventListener('change', () => {
  vscode.setState({ ...saved, layer: layerSelect.value });
  renderLegend();
  draw();
});
findBox.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape') clearFind();
  if (ev.key !== 'Enter' || !map) return;
  const q = findBox.value.trim();
  if (q) {
    findQuery = q;
    refreshingFind = false;
    vscode.postMessage({ type: 'find', query: q });
  } else clearFind();
});
findBox.addEventListener('search', () => {
  if (!findBox.value) clearFind();
});

function clearFind(): void {
  findQuery = '';
  foundCells = new Set();
  foundBox.textContent = '';
  draw();
}

/** The legend of the layer shown: its colour scale and what it measures, or the overlay's three colours. */
function renderLegend(): void {
  if (!map) return;
  const box = $<HTMLDivElement>('legend');
  box.replaceChildren();
  const layer = layerSelect.value;
  const swatch = (colour: string, text: string) => {
    const item = document.createElement('span');
    item.className = 'swatch';
    const sq = document.createElement('span');
    sq.className = 'sq';
    sq.style.background = colour;
    item.append(sq, document.createTextNode(text));
    return item;
  };
  if (layer === OVERLAY) {
    const ov = map.legend.overlay;
    box.append(swatch(ov.both, 'changed and explained by tokens'), swatch(ov.phi_only, 'tokens, no changed line'), swatch(ov.delta_only, 'changed lines no token explains'));
    return;
  }
  const info = map.legend.layers[layer as keyof MosaicMap['legend']['layers']];
  const bar = document.createElement('span');
  bar.className = 'ramp';
  bar.style.background = `linear-gradient(to right, ${STOPS.map((c) => `rgb(${c.join(',')})`).join(', ')})`;
  const lo = document.createElement('span');
  lo.textContent = 'low';
  const hi = document.createElement('span');
  hi.textContent = 'high';
  const what = document.createElement('span');
  what.className = 'what';
  what.textContent = `${layer}: ${info?.description ?? ''}${info?.binarized_at !== undefined ? ` (edges above ${info.binarized_at})` : ''} · empty cells: nothing measured`;
  box.append(lo, bar, hi, what);
  if (layer === 'findings') box.append(findingsJump());
}

/**
 * On the findings layer: how many cells hold findings, and a button that focuses the riskiest
 * one (its Ψ, announced in the live region, names the findings; Enter or a click opens it).
 */
function findingsJump(): HTMLElement {
  const values = map!.layers.findings;
  let top = -1;
  let lit = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] <= 0) continue;
    lit++;
    if (top < 0 || values[i] > values[top]) top = i;
  }
  const wrap = document.createElement('span');
  wrap.className = 'what';
  if (!lit) {
    wrap.textContent = 'no cell holds a SAST finding';
    return wrap;
  }
  // Cells, not findings: one line of a short file spans several cells (the hover counts findings).
  wrap.textContent = `${lit} cell${lit === 1 ? ' holds' : 's hold'} lines with SAST findings `;
  const b = document.createElement('button');
  b.id = 'findings-top';
  b.textContent = 'Focus the riskiest';
  b.addEventListener('click', () => {
    setFocus(top);
    canvas.focus();
  });
  wrap.append(b);
  return wrap;
}

function renderI3(): void {
  if (!map) return;
  const i3 = map.i3;
  const cls = i3.status === 'PASS' ? 'pass' : i3.status === 'REVIEW' ? 'review' : i3.status === 'FAIL' ? 'fail' : 'na';
  i3Box.replaceChildren();
  const head = document.createElement('div');
  head.className = `i3-head ${cls}`;
  // Plain words first (issue "…a Mosaic people can read"); the gate's numbers in a second line and a tooltip.
  const explained = i3.cells.delta ? Math.round((100 * i3.cells.intersection) / i3.cells.delta) : 100;
  const disagree = i3.cells.union - i3.cells.intersection;
  head.textContent = i3.status === 'N/A'
    ? 'I3 N/A — no file with symbol-level support changed'
    : `I3 ${i3.status} — the tokens explain ${explained} % of the changed cells; ${disagree} cell${disagree === 1 ? '' : 's'} disagree${disagree === 1 ? 's' : ''}`;
  const jargon = `E ${i3.E.toFixed(3)} · τ ${i3.tau} · Φ ${i3.cells.phi} / Δ ${i3.cells.delta} / ∩ ${i3.cells.intersection} cells`;
  head.title = `E = 1 − IoU(Φ, Δ) = ${i3.E.toFixed(3)}; PASS when E ≤ τ = ${i3.tau}. Φ: cells the tokens cover; Δ: cells with changed lines.`;
  const sub = document.createElement('div');
  sub.className = 'i3-sub';
  sub.textContent = jargon;
  sub.title = head.title;
  i3Box.append(head, sub);
  for (const f of i3.files) {
    const d = document.createElement('div');
    d.className = 'i3-file';
    d.textContent = `${f.path}: ${f.reason}${f.lines?.length ? ` (lines ${f.lines.slice(0, 8).join(', ')}${f.lines.length > 8 ? ', …' : ''})` : ''}`;
    i3Box.append(d);
  }
  if (i3.disagreeing.length) {
    const list = document.createElement('div');
    list.className = 'i3-cells';
    for (const d of i3.disagreeing.slice(0, 60)) {
      const b = document.createElement('button');
      b.textContent = `${d.cell.replace(/^MOZ::\d+x\d+@/, '')} ${d.kind}`;
      b.title = d.cell;
      b.addEventListener('click', () => {
        setFocus(indexOfId(d.cell));
        canvas.focus();
      });
      list.append(b);
    }
    i3Box.append(list);
  }
}

window.addEventListener('message', (ev: MessageEvent<MosaicToWebview>) => {
  const m = ev.data;
  if (m.type === 'view') {
    map = m.view.map;
    psi = new Map();
    pending.clear();
    if (focus >= map.grid.rows * map.grid.cols) focus = -1;
    info.textContent = `${map.grid.rows}×${map.grid.cols} · ${map.fileCount} files · base ${(map.base.sha ?? map.base.rev).slice(0, 10)} · ${m.view.millis} ms`;
    if (focus >= 0) live.textContent = describe(focus, false);
    document.body.dataset.generation = String(m.view.generation);
    renderI3();
    renderLegend();
    draw();
    if (findQuery) {
      refreshingFind = true;
      vscode.postMessage({ type: 'find', query: findQuery });
    }
  } else if (m.type === 'cursor') {
    cursorCells = new Set(m.cursor.cells.map(indexOfId).filter((i) => i >= 0));
    cursorLabel = m.cursor.symbol ? `${m.cursor.symbol} (${m.cursor.cells.length} cells)` : '';
    $('cursor').textContent = cursorLabel;
    draw();
  } else if (m.type === 'status') {
    info.textContent = m.message;
  } else if (m.type === 'cell') {
    const i = indexOfId(m.id);
    if (i < 0) return;
    pending.delete(i);
    psi.set(i, m.cell);
    if (i === hover && !tooltip.hidden) tooltip.innerHTML = describe(i, true);
    if (i === focus) live.textContent = describe(i, false);
  } else if (m.type === 'found') {
    foundCells = new Set(m.cells.map(indexOfId).filter((i) => i >= 0));
    foundBox.textContent = m.id ? `${m.cells.length} cell${m.cells.length === 1 ? '' : 's'}: ${m.label}` : `nothing matches ${m.query}`;
    live.textContent = foundBox.textContent;
    canvas.dataset.found = String(foundCells.size);
    const refresh = refreshingFind;
    refreshingFind = false;
    if (!m.id || refresh) return draw();
    setFocus(indexOfId(m.id));
    canvas.focus();
  }
});
window.addEventListener('resize', draw);
if (saved.layer && [...layerSelect.options].some((o) => o.value === saved.layer)) layerSelect.value = saved.layer;
vscode.postMessage({ type: 'ready' });
