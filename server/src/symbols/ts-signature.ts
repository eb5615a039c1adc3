// Signatures of TypeScript/JavaScript function-like nodes (spec §3.1 "signature", read by
// MODIFY_SIG in §3.3 and the parameter rules of I2 in §3.7). Works on syntax-snapshot nodes of
// both grammars: TypeScript wraps each parameter in required_parameter/optional_parameter,
// JavaScript puts the patterns (identifier, assignment_pattern, rest_pattern …) directly in
// formal_parameters.
import { normalizeWs } from '../util/hash';
import { redactSecrets, redactValue } from '../redact';
import type { Param, Signature } from './types';
import { firstLeafAt, memberLeaves, OPAQUE, type SNode, type Snapshot } from './syntax-snapshot';

export function fieldOf(n: SNode, field: string): SNode | undefined {
  for (const c of n.k) if (c.f === field) return c;
  return undefined;
}

export function hasToken(n: SNode, type: string): boolean {
  for (const c of n.k) if (c.t === type) return true;
  return false;
}

/** Text of a `type_annotation` (`: T`) without the colon, whitespace-normalised. */
export function annotationText(snap: Snapshot, ann: SNode): string {
  return codeText(snap, ann).replace(/^:\s*/, '');
}

/**
 * A node's source without its comments, whitespace-normalised: comments and doc comments inside
 * a type (members of a type literal, a union's arms) are not a type change (spec §3.6 as amended).
 */
export function codeText(snap: Snapshot, n: SNode): string {
  const { leaves, src } = snap;
  let out = '';
  let pos = n.s;
  for (let i = firstLeafAt(leaves, n.s); i < leaves.length; i++) {
    const l = leaves[i];
    if (l.s >= n.e) break;
    if (l.k === OPAQUE) {
      // A whole class member left opaque by the walk: its comments are dropped the same way.
      const c = memberLeaves(snap, l).comments;
      for (let j = 0; j < c.length; j += 2) {
        out += `${src.slice(pos, l.s + c[j])} `;
        pos = l.s + c[j + 1];
      }
      continue;
    }
    if (l.t !== 'comment') continue;
    out += `${src.slice(pos, l.s)} `;
    pos = l.e;
  }
  return normalizeWs(out + src.slice(pos, n.e));
}

const PUNCT = new Set(['(', ')', ',', 'comment', 'decorator']);

function patternName(snap: Snapshot, pat: SNode): { name: string; rest: boolean } {
  if (pat.t === 'rest_pattern') {
    const inner = pat.k.find((c) => c.t !== '...');
    return { name: inner ? normalizeWs(snap.text(inner)) : '', rest: true };
  }
  return { name: normalizeWs(snap.text(pat)), rest: false };
}

/** Parameters of a `formal_parameters` node (or the bare identifier of `x => …`). */
export function paramsOf(snap: Snapshot, params: SNode | undefined): Param[] {
  if (!params) return [];
  if (params.t === 'identifier') {
    return [{ name: snap.text(params), optional: false, hasDefault: false, rest: false, kwOnly: false }];
  }
  const out: Param[] = [];
  for (const p of params.k) {
    if (PUNCT.has(p.t)) continue;
    if (p.t === 'required_parameter' || p.t === 'optional_parameter') {
      const pat = fieldOf(p, 'pattern');
      if (!pat || pat.t === 'this') continue; // TS `this:` parameter is not a real parameter
      const { name, rest } = patternName(snap, pat);
      const type = fieldOf(p, 'type');
      const value = fieldOf(p, 'value');
      out.push({
        name,
        optional: p.t === 'optional_parameter' || value !== undefined,
        hasDefault: value !== undefined,
        rest,
        kwOnly: false,
        type: type ? annotationText(snap, type) : undefined,
        defaultText: value ? redactValue(name, normalizeWs(snap.text(value))) : undefined,
      });
    } else if (p.t === 'assignment_pattern') {
      const left = fieldOf(p, 'left');
      const right = fieldOf(p, 'right');
      const name = left ? normalizeWs(snap.text(left)) : '';
      out.push({
        name,
        optional: true,
        hasDefault: true,
        rest: false,
        kwOnly: false,
        defaultText: right ? redactValue(name, normalizeWs(snap.text(right))) : undefined,
      });
    } else {
      const { name, rest } = patternName(snap, p);
      out.push({ name, optional: false, hasDefault: false, rest, kwOnly: false });
    }
  }
  return out;
}

export function renderParam(p: Param): string {
  let s = (p.rest ? '...' : '') + p.name;
  if (p.optional && !p.hasDefault) s += '?';
  if (p.type) s += `: ${p.type}`;
  if (p.defaultText !== undefined) s += ` = ${p.defaultText}`;
  return s;
}

/** `(a: number, b?: string): Promise<void>` — the one-line rendering of spec types.ts. */
export function renderSignature(params: Param[], returnType: string | undefined): string {
  return `(${params.map(renderParam).join(', ')})${returnType ? `: ${returnType}` : ''}`;
}

/**
 * Signature of a function-like node: function_declaration, function_expression, arrow_function,
 * generator functions, method_definition, method/abstract_method/function signatures.
 */
export function signatureOf(
  snap: Snapshot,
  fn: SNode,
  decorators: string[],
  callKind: Signature['callKind'],
): Signature {
  const params = paramsOf(snap, fieldOf(fn, 'parameters') ?? fieldOf(fn, 'parameter'));
  const ret = fieldOf(fn, 'return_type');
  const returnType = ret ? annotationText(snap, ret) : undefined;
  const sig: Signature = {
    params,
    returnType,
    async: hasToken(fn, 'async'),
    generator: hasToken(fn, '*') || fn.t === 'generator_function' || fn.t === 'generator_function_declaration',
    decorators,
    text: renderSignature(params, returnType),
  };
  if (callKind) sig.callKind = callKind;
  return sig;
}

/** Decorator texts without the `@`, whitespace-normalised (children of type `decorator`). */
export function decoratorTexts(snap: Snapshot, nodes: readonly SNode[]): string[] {
  const out: string[] = [];
  for (const d of nodes) if (d.t === 'decorator') out.push(redactSecrets(normalizeWs(snap.text(d).replace(/^@/, ''))));
  return out;
}
