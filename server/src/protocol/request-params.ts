// What each custom request's params must look like, checked by the server before a handler runs
// (issue 11 item 8: `{}` where `{ query }` was due answered with a raw TypeError). A client
// built from this module never sends a bad shape; the check is for other clients and for
// version skew, and answers InvalidParams with one sentence naming the field.
import {
  BaseTextRequest, CalibrateRequest, DeltaReportRequest, EgqlRunRequest, InspectorRequest, MosaicCellRequest,
  MosaicCursorRequest, MosaicFindRequest, MosaicRequest, ReindexRequest, SelectBaseRequest, SpecMonitorRequest,
  PresetsRequest,
} from './lsp';

type Rule = 'string' | 'number' | 'boolean' | 'string|null' | 'string[]' | 'object[]';
interface Shape {
  /** The params may be absent (null/undefined) altogether. */
  optional?: boolean;
  required?: Record<string, Rule>;
  optionalFields?: Record<string, Rule>;
}

const SHAPES: Record<string, Shape> = {
  [DeltaReportRequest.method]: { optional: true, optionalFields: { files: 'string[]', symbol: 'string' } },
  [SelectBaseRequest.method]: { required: { base: 'string|null' } },
  [ReindexRequest.method]: { optional: true },
  [MosaicRequest.method]: { optional: true, optionalFields: { rows: 'number', cols: 'number', kappa: 'number', delta: 'number', edgeThr: 'number', phi: 'string', subscribe: 'boolean' } },
  [MosaicCellRequest.method]: { required: { cell: 'string' } },
  [MosaicFindRequest.method]: { required: { query: 'string' } },
  [MosaicCursorRequest.method]: { required: { uri: 'string', line: 'number' } },
  [EgqlRunRequest.method]: { required: { query: 'string' }, optionalFields: { maxRows: 'number' } },
  [InspectorRequest.method]: { optional: true },
  [BaseTextRequest.method]: { required: { path: 'string' } },
  [SpecMonitorRequest.method]: { optional: true },
  [CalibrateRequest.method]: { required: { action: 'string' }, optionalFields: { commits: 'number', reason: 'string' } },
  [PresetsRequest.method]: { optional: true },
  // The standard requests GlitchLab answers (the library hands their params over unchecked).
  'textDocument/hover': { required: { 'textDocument.uri': 'string', 'position.line': 'number', 'position.character': 'number' } },
  'textDocument/codeLens': { required: { 'textDocument.uri': 'string' } },
  'textDocument/codeAction': { required: { 'textDocument.uri': 'string', 'range.start.line': 'number', 'range.end.line': 'number', 'context.diagnostics': 'object[]' } },
  'textDocument/completion': { required: { 'textDocument.uri': 'string', 'position.line': 'number', 'position.character': 'number' } },
};

function fits(v: unknown, rule: Rule): boolean {
  switch (rule) {
    case 'string': return typeof v === 'string';
    case 'number': return typeof v === 'number' && Number.isFinite(v);
    case 'boolean': return typeof v === 'boolean';
    case 'string|null': return v === null || typeof v === 'string';
    case 'string[]': return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'object[]': return Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null);
  }
}

const shown = (v: unknown) => (v === undefined ? 'nothing' : v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v).slice(0, 40)}`);

/** The value at a dotted path (`textDocument.uri`), undefined where the path breaks. */
function at(p: Record<string, unknown>, key: string): unknown {
  let v: unknown = p;
  for (const part of key.split('.')) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}

/** Why `params` do not fit `method`'s shape (one sentence), or undefined when they do or the method is not ours. */
export function paramsProblem(method: string, params: unknown): string | undefined {
  const shape = SHAPES[method];
  if (!shape) return undefined;
  if (params === null || params === undefined) return shape.optional || !shape.required ? undefined : `${method}: params are required (${Object.keys(shape.required).join(', ')})`;
  if (typeof params !== 'object' || Array.isArray(params)) return `${method}: params must be an object, got ${shown(params)}`;
  const p = params as Record<string, unknown>;
  for (const [k, rule] of Object.entries(shape.required ?? {})) {
    if (!fits(at(p, k), rule)) return `${method}: params.${k} must be ${rule.replace('|', ' or ').replace('[]', ' list')}, got ${shown(at(p, k))}`;
  }
  for (const [k, rule] of Object.entries(shape.optionalFields ?? {})) {
    if (p[k] !== undefined && !fits(p[k], rule)) return `${method}: params.${k}, when given, must be ${rule.replace('|', ' or ').replace('[]', ' list')}, got ${shown(p[k])}`;
  }
  return undefined;
}

/** The methods with a declared shape (a test checks every request the server serves has one). */
export const CHECKED_METHODS: readonly string[] = Object.keys(SHAPES);
