// The Spec Monitor's webview (spec §6, §3.8): the decision's lines; per module a gauge with the
// live ΔZ on the α/β/ζ scale (green up to α, amber to β, red beyond), its I1 line, the drift
// alarm, and a uPlot chart of ΔZ per commit over the calibration window with the α/β/ζ lines;
// the freeze state and the Freeze / Unfreeze / Recalibrate buttons (the extension asks for the
// inputs and runs them; disabled in untrusted workspaces). Text goes in with textContent only.
// Bundled as an IIFE into dist/webview/spec-monitor.js; talks only through the protocol's types.
import uPlot from 'uplot';
import type { SpecMonitorFromWebview, SpecMonitorModule, SpecMonitorToWebview, SpecMonitorView } from '../../server/src/protocol';
import { sayReadyUntilView } from '../shared/ready';

declare function acquireVsCodeApi(): { postMessage(m: SpecMonitorFromWebview): void; getState(): unknown; setState(s: unknown): void };

const vscode = acquireVsCodeApi();
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};
const f2 = (x: number) => x.toFixed(2);
const css = (name: string, fallback: string) => getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
let charts: uPlot[] = [];

function gauge(m: SpecMonitorModule): HTMLElement {
  const wrap = el('div');
  const g = el('div', undefined, 'gauge');
  g.style.setProperty('--a', `${Math.round(m.alpha * 100)}%`);
  g.style.setProperty('--b', `${Math.round(m.beta * 100)}%`);
  g.setAttribute('role', 'meter');
  g.setAttribute('aria-valuemin', '0');
  g.setAttribute('aria-valuemax', '1');
  g.setAttribute('aria-valuenow', String(m.dz));
  g.setAttribute('aria-label', `module ${m.module}: ΔZ ${f2(m.dz)}; α ${f2(m.alpha)}, β ${f2(m.beta)}, ζ ${f2(m.zeta)}`);
  const mark = el('div', undefined, 'mark');
  mark.style.left = `calc(${Math.min(100, m.dz * 100)}% - 1px)`;
  mark.title = `ΔZ ${f2(m.dz)} now`;
  g.append(mark);
  const scale = el('div', undefined, 'scale');
  scale.append(el('span', '0'), el('span', `α ${f2(m.alpha)}`), el('span', `β ${f2(m.beta)}`), el('span', `ζ ${f2(m.zeta)}`), el('span', '1'));
  wrap.append(g, scale);
  return wrap;
}

function chart(m: SpecMonitorModule, host: HTMLElement): void {
  if (m.samples.length < 2) {
    host.append(el('p', m.samples.length ? 'One commit in the calibration window: no history to draw yet.' : 'No history yet: Recalibrate learns it from the branch.', 'muted'));
    return;
  }
  // x = the commit's position in the window (oldest first): commits minutes apart and months
  // apart read the same way; the legend names the commit.
  const xs = m.samples.map((_s, i) => i + 1);
  const flat = (v: number) => xs.map(() => v);
  const fg = css('--vscode-foreground', '#888');
  const opts: uPlot.Options = {
    width: Math.max(280, Math.min(760, host.clientWidth || 560)), height: 150,
    scales: { x: { time: false }, y: { range: [0, 1] } },
    axes: [{ stroke: fg, grid: { show: false }, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500], label: 'commits in the calibration window, oldest first' }, { stroke: fg, values: (_u, v) => v.map((x) => x.toFixed(1)) }],
    series: [
      { label: 'commit', value: (_u, i) => (i == null ? '--' : `${m.samples[i - 1]?.sha.slice(0, 7) ?? ''}`) },
      { label: 'ΔZ per commit', stroke: css('--vscode-charts-blue', '#3794ff'), width: 2, points: { show: true, size: 4 } },
      { label: 'α', stroke: css('--vscode-charts-green', '#388a34'), dash: [4, 4] },
      { label: 'β', stroke: css('--vscode-charts-yellow', '#cca700'), dash: [4, 4] },
      { label: 'ζ', stroke: css('--vscode-charts-red', '#f14c4c'), dash: [4, 4] },
    ],
  };
  charts.push(new uPlot(opts, [xs, m.samples.map((s) => s.dz), flat(m.alpha), flat(m.beta), flat(m.zeta)], host));
}

function render(v: SpecMonitorView, trusted: boolean): void {
  for (const c of charts) c.destroy();
  charts = [];
  $('decision').replaceChildren(...(v.decision.length ? v.decision.map((l) => el('div', l)) : [el('div', 'The gates have not run yet.', 'muted')]));
  $('source').textContent = `Thresholds from ${v.source}.`;
  $('frozen').textContent = v.frozen
    ? `Frozen since ${v.frozen.at.slice(0, 16).replace('T', ' ')} (${v.frozen.by ?? 'manual'}): ${v.frozen.reason} — ${v.frozen.remaining} of ${v.frozen.commits} commits left.`
    : 'Thresholds follow the history (not frozen).';
  const can = trusted && v.writable;
  for (const id of ['recalibrate', 'freeze', 'unfreeze'] as const) ($(id) as HTMLButtonElement).disabled = !can || (id === 'unfreeze' && !v.frozen) || (id === 'freeze' && !!v.frozen);
  $('trust').textContent = can ? '' : 'Disabled: this workspace is not trusted (calibration writes .glx/spec_state.json).';
  const mods = v.modules.map((m) => {
    const box = el('section', undefined, 'module');
    box.setAttribute('aria-label', `module ${m.module}`);
    const head = el('div', undefined, 'head');
    head.append(el('span', `module ${m.module}`, 'name'), el('span', m.decision, `badge ${m.decision}`), el('span', `ΔZ ${f2(m.dz)} now · ${m.basis === 'default' ? 'default thresholds' : 'calibrated thresholds'}`, 'muted'));
    if (m.drift.state === 'drift') head.append(el('span', `drift alarm${m.drift.since ? ` since ${m.drift.since.slice(0, 10)}` : ''}`, 'badge REVIEW'));
    const line = el('div', m.line, 'muted');
    const c = el('div', undefined, 'chart');
    box.append(head, gauge(m), line, c);
    return { box, m, c };
  });
  $('modules').replaceChildren(...mods.map((x) => x.box));
  for (const x of mods) chart(x.m, x.c);
  $('i4').replaceChildren(...(v.i4.length ? v.i4.map((c) => el('div', `${c.decision} (${c.config}, ${c.file}): ${c.reason}`)) : [el('div', 'Nothing configured (i4: in spec/invariants.yaml).')]));
  document.body.dataset.generation = String(v.generation);
}

for (const id of ['recalibrate', 'freeze', 'unfreeze'] as const) $(id).addEventListener('click', () => vscode.postMessage({ type: id }));
window.addEventListener('message', (ev: MessageEvent<SpecMonitorToWebview>) => {
  const m = ev.data;
  if (m.type === 'status') $('decision').textContent = m.message;
  else if (m.type === 'view') {
    ready.gotView();
    render(m.view, m.trusted);
  }
});
const ready = sayReadyUntilView(() => vscode.postMessage({ type: 'ready' }));
