// http-routes — a GlitchLab plugin (docs/plugins.md): HTTP routes added or removed in Express
// (and Express-like: Koa routers, Fastify shorthands) and FastAPI (and Flask) code.
//
// Why a plugin: a new or removed route changes what a service answers to the outside, which a
// function-level Δ does not say ("ΔTOPLEVEL in app.ts" vs "POST /users added"). The routes of
// both sides are compared as sets of `METHOD path`, so moving a route within the file or
// reformatting it emits nothing; only routes that appear or disappear do.
//
// Install: copy this file to `.glx/plugins/http-routes.mjs`, or install the package and list it
// under `plugins:` in spec/invariants.yaml. Runs in GlitchLab's sandbox: pure text work, no I/O.

/** @typedef {import('../../../server/src/plugins/plugin-api').PluginChange} PluginChange */
/** @typedef {import('../../../server/src/plugins/plugin-api').PluginToken} PluginToken */
/** @typedef {import('../../../server/src/plugins/plugin-api').ChangeSide} ChangeSide */

/** @type {import('../../../server/src/plugins/plugin-api').PluginManifest} */
export const manifest = {
  name: 'http-routes',
  version: '1.0.0',
  description: 'HTTP routes added or removed (Express, Koa/Fastify shorthands, FastAPI, Flask)',
  files: ['**/*.{js,mjs,cjs,ts,mts,cts,jsx,tsx}', '**/*.py'],
  tokens: {
    'http.ROUTE_ADDED': { category: 'flow', weight: 0.1, description: 'an HTTP route (method + path) the service did not answer before' },
    'http.ROUTE_REMOVED': { category: 'flow', weight: 0.3, description: 'an HTTP route the service answered before and no longer does: clients calling it break' },
  },
};

const METHODS = 'get|post|put|patch|delete|del|options|head|all';
/** A path literal whose quote is capture group `n` (the path is group n + 1). */
const PATH = (n) => String.raw`(['"\x60])(\/[^'"\x60\s]*)` + '\\' + n;
/** `app.get('/x'`, `router.post("/x"`, `fastify.put('/x'` — a receiver, a method, a path literal. */
const JS_CALL = new RegExp(String.raw`\b[A-Za-z_$][\w$]*\s*\.\s*(${METHODS})\s*\(\s*${PATH(2)}`, 'g');
/** `router.route('/x')` followed by chained `.get(…)`, `.post(…)` up to the statement's end. */
const JS_ROUTE = new RegExp(String.raw`\.\s*route\s*\(\s*${PATH(1)}\s*\)`, 'g');
/** `@app.get("/x"`, `@router.post('/x'`, `@api.api_route("/x", methods=["GET", "POST"])`. */
const PY_DECORATOR = new RegExp(String.raw`^\s*@\s*[A-Za-z_][\w.]*\s*\.\s*(${METHODS}|api_route|route)\s*\(\s*[rbu]?${PATH(2)}([^\n]*)`, 'gm');

/** 1-based line of an offset. */
function lineAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * The routes of one side: `METHOD path` → first line. Comments are not parsed out: a route in a
 * commented-out line is rare and shows up on both sides alike.
 * @param {ChangeSide | undefined} side
 * @returns {Map<string, { line: number; text: string }>}
 */
export function routesOf(side) {
  const routes = new Map();
  if (!side) return routes;
  const text = side.text;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineText = (line) => text.slice(starts[line - 1], (starts[line] ?? text.length + 1) - 1).trim().slice(0, 200);
  const add = (method, path, offset) => {
    const key = `${method.toUpperCase() === 'DEL' ? 'DELETE' : method.toUpperCase()} ${path}`;
    if (!routes.has(key)) {
      const line = lineAt(starts, offset);
      routes.set(key, { line, text: lineText(line) });
    }
  };
  if (side.path.endsWith('.py')) {
    for (const m of text.matchAll(PY_DECORATOR)) {
      const [, kind, , path, rest] = m;
      const at = m.index + m[0].indexOf('@');
      if (kind === 'api_route' || kind === 'route') {
        // methods=[...] names them; Flask's and FastAPI's default is GET.
        const listed = /methods\s*=\s*[[(]([^\])]*)[\])]/.exec(rest);
        const methods = listed ? [...listed[1].matchAll(/['"]([A-Za-z]+)['"]/g)].map((x) => x[1]) : ['GET'];
        for (const method of methods) add(method, path, at);
      } else add(kind, path, at);
    }
    return routes;
  }
  for (const m of text.matchAll(JS_CALL)) add(m[1], m[3], m.index);
  for (const m of text.matchAll(JS_ROUTE)) {
    const end = text.indexOf(';', m.index);
    const chain = text.slice(m.index + m[0].length, end < 0 ? undefined : end);
    for (const c of chain.matchAll(new RegExp(String.raw`\.\s*(${METHODS})\s*\(`, 'g'))) add(c[1], m[2], m.index);
  }
  return routes;
}

/**
 * @param {PluginChange} change
 * @returns {PluginToken[]}
 */
export function detect(change) {
  /** @type {PluginToken[]} */
  const out = [];
  for (const f of change.files) {
    const before = routesOf(f.before);
    const after = routesOf(f.after);
    for (const [key, at] of after) {
      if (!before.has(key)) out.push({ kind: 'http.ROUTE_ADDED', file: f.path, line: at.line, symbol: key, after: key, evidence: [at.text] });
    }
    for (const [key, at] of before) {
      if (!after.has(key)) out.push({ kind: 'http.ROUTE_REMOVED', file: f.path, line: at.line, side: 'before', symbol: key, before: key, evidence: [at.text] });
    }
  }
  return out;
}
