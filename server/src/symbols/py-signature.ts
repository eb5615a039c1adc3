// Python parameter lists → Param[] and a one-line signature text (spec §3.1 signature; I2 in
// §3.7 compares names, order, defaults, kinds and annotation texts).
import { normalizeWs } from '../util/hash';
import { redactValue } from '../redact';
import type { FlatTree } from './py-flat';
import type { Param } from './types';

function text(t: FlatTree, src: string, i: number): string {
  return src.slice(t.start[i], t.end[i]);
}

/** Text of a node with its comments removed and whitespace normalised. */
export function cleanText(t: FlatTree, src: string, i: number): string {
  const s = t.start[i];
  const e = t.end[i];
  let raw = src.slice(s, e);
  if (raw.includes('#')) {
    // Cut the comments the walk found inside this range (a `#` in a string is not one).
    const cs = t.commentStart;
    let out = '';
    let at = s;
    for (const c of cs) {
      if (c < s || c >= e) continue;
      out += src.slice(at, c);
      const nl = src.indexOf('\n', c);
      at = nl < 0 || nl > e ? e : nl;
    }
    raw = out + src.slice(at, e);
  }
  return normalizeWs(raw);
}

export interface ParsedParams {
  params: Param[];
  /** Rendered items in order, including `/` and `*` markers. */
  rendered: string[];
  annotated: number;
}

/** Parse a `parameters` node. */
export function parseParams(t: FlatTree, src: string, paramsIdx: number): ParsedParams {
  const params: Param[] = [];
  const rendered: string[] = [];
  let kwOnly = false;
  let annotated = 0;
  for (let ch = t.firstChild[paramsIdx]; ch >= 0; ch = t.nextSibling[ch]) {
    const ty = t.type[ch];
    if (ty === 'positional_separator') {
      for (const p of params) p.posOnly = true;
      rendered.push('/');
      continue;
    }
    if (ty === 'keyword_separator') {
      kwOnly = true;
      rendered.push('*');
      continue;
    }
    if (ty === 'identifier') {
      const name = text(t, src, ch);
      params.push({ name, optional: false, hasDefault: false, rest: false, kwOnly });
      rendered.push(name);
      continue;
    }
    if (ty === 'list_splat_pattern' || ty === 'dictionary_splat_pattern') {
      const p = splat(t, src, ch);
      params.push(p);
      rendered.push((p.kwRest ? '**' : '*') + p.name);
      if (!p.kwRest) kwOnly = true;
      continue;
    }
    if (ty === 'typed_parameter' || ty === 'default_parameter' || ty === 'typed_default_parameter') {
      let p: Param | undefined;
      let afterEq = false;
      for (let g = t.firstChild[ch]; g >= 0; g = t.nextSibling[g]) {
        const gt = t.type[g];
        if (gt === 'comment') continue;
        if (gt === '=') {
          afterEq = true;
        } else if (afterEq) {
          if (p) {
            p.hasDefault = true;
            p.optional = true;
            p.defaultText = redactValue(p.name, cleanText(t, src, g)); // §3.11
          }
          afterEq = false;
        } else if (!p && gt === 'identifier') {
          p = { name: text(t, src, g), optional: false, hasDefault: false, rest: false, kwOnly };
        } else if (!p && (gt === 'list_splat_pattern' || gt === 'dictionary_splat_pattern')) {
          p = splat(t, src, g);
        } else if (gt === 'type' && p) {
          p.type = cleanText(t, src, g);
        }
      }
      if (!p) continue;
      if (p.type !== undefined) annotated++;
      params.push(p);
      let r = (p.kwRest ? '**' : p.rest ? '*' : '') + p.name;
      if (p.type !== undefined) r += `: ${p.type}`;
      if (p.hasDefault) r += p.type !== undefined ? ` = ${p.defaultText}` : `=${p.defaultText}`;
      rendered.push(r);
      if (p.rest && !p.kwRest) kwOnly = true;
    }
  }
  return { params, rendered, annotated };
}

function splat(t: FlatTree, src: string, i: number): Param {
  let name = '';
  for (let g = t.firstChild[i]; g >= 0; g = t.nextSibling[g]) {
    if (t.type[g] === 'identifier') name = text(t, src, g);
  }
  const kw = t.type[i] === 'dictionary_splat_pattern';
  const p: Param = { name, optional: false, hasDefault: false, rest: true, kwOnly: false };
  if (kw) p.kwRest = true;
  return p;
}

export function signatureText(rendered: string[], returnType: string | undefined): string {
  return `(${rendered.join(', ')})${returnType !== undefined ? ` -> ${returnType}` : ''}`;
}
