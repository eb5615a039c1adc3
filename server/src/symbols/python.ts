// Symbol extractor for Python (spec §3.1): def/async def/class symbols with qualified names,
// signatures, docstrings, body hashes/tokens, metrics; TypedDict/Protocol/Enum classes as types;
// imports, `__all__`, export aliases, test counts, per-row code tokens and parse errors.
//
// chunk() analyses one top-level statement: one cursor walk copies the subtree into JS arrays
// (py-flat.ts), then everything is computed in JS. The result depends only on the node's text
// and start column (analyze.ts caches it by those), never on other statements or the path.
import type { Node } from 'web-tree-sitter';
import { normalizeWs, sha256Hex } from '../util/hash';
import type { ChunkResult, LanguageExtractor } from './extractor';
import { type FlatTree, RowMap, flatten } from './py-flat';
import { cleanText, parseParams, signatureText } from './py-signature';
import type {
  FileAnalysis, Lang, Signature, Span, SymbolInfo, SymbolKind, SymbolMetrics, TypeDecl, TypeDeclKind, TypeMember,
} from './types';

interface Frame {
  kind: 'module' | SymbolKind;
  name: string;
  qualname: string;
  parent?: Frame;
  m: SymbolMetrics;
  loopDepth: number;
  lambdaDepth: number;
  generator: boolean;
  deprecated: boolean;
  calls: Set<string>;
}

interface PendingBody {
  sym: SymbolInfo;
  start: number;
  end: number;
}

const TEST_NAME = /^test(_|[A-Z0-9]|$)/;
const TYPED_DICT = new Set(['TypedDict']);
const PROTOCOL = new Set(['Protocol']);
const ENUMS = new Set(['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum']);
const DEPRECATION_WARNING = /\b(Pending)?DeprecationWarning\b/;

function newMetrics(): SymbolMetrics {
  return { cc: 1, loopNest: 0, branches: 0, awaits: 0, tries: 0, typeAnnotations: 0 };
}

function newFrame(kind: Frame['kind'], name: string, qualname: string, parent?: Frame): Frame {
  return {
    kind, name, qualname, parent, m: newMetrics(), loopDepth: 0, lambdaDepth: 0,
    generator: false, deprecated: false, calls: new Set(),
  };
}

/** Content of a (non-f) string literal without prefix and quotes. */
export function stringContent(lit: string): string {
  const m = /^[A-Za-z]*("""|'''|"|')/.exec(lit);
  if (!m) return lit;
  const q = m[1];
  const body = lit.slice(m[0].length);
  return body.endsWith(q) ? body.slice(0, body.length - q.length) : body;
}

/** Black-style quote/prefix normalisation so that a reformat keeps body hashes. */
function normString(tok: string): string {
  let p = 0;
  while (p < tok.length && p < 3 && /[A-Za-z]/.test(tok[p])) p++;
  const prefix = tok.slice(0, p).toLowerCase();
  const rest = tok.slice(p);
  if (rest.startsWith("'''") && rest.endsWith("'''") && rest.length >= 6) {
    const body = rest.slice(3, -3);
    if (!body.includes('"')) return `${prefix}"""${body}"""`;
  } else if (rest.startsWith("'") && rest.endsWith("'") && rest.length >= 2) {
    const body = rest.slice(1, -1);
    if (!body.includes('"') && !body.includes('\\')) return `${prefix}"${body}"`;
  }
  return prefix + rest;
}

function lastSegment(s: string): string {
  const i = s.lastIndexOf('.');
  return i < 0 ? s : s.slice(i + 1);
}

function stripSubscript(s: string): string {
  const i = s.indexOf('[');
  return i < 0 ? s : s.slice(0, i);
}

class PyChunk {
  readonly rm: RowMap;
  readonly out: ChunkResult = {
    symbols: [], types: [], imports: [], exportAliases: [], exportedNames: [], testCases: 0,
    commentOnlyRows: [], codeRows: [], parseErrors: [],
  };
  private readonly pending: PendingBody[] = [];
  /** Docstring ranges [start, end) of every symbol in the chunk: dropped from body tokens. */
  private readonly docRanges: number[] = [];
  /** Flat index of a function_definition → its symbol (for Protocol members). */
  private readonly symByDef = new Map<number, SymbolInfo>();
  /** Classes whose TypeDecl hash must be computed after docstrings are known. */
  private readonly typeHashes: { decl: TypeDecl; start: number; end: number }[] = [];

  constructor(readonly t: FlatTree, readonly src: string) {
    this.rm = new RowMap(src, t);
  }

  run(): ChunkResult {
    const module = newFrame('module', '', '');
    this.visit(0, module, true);
    this.finishTokens();
    this.rows();
    this.errors();
    return this.out;
  }

  private text(i: number): string {
    return this.src.slice(this.t.start[i], this.t.end[i]);
  }

  private span(s: number, e: number): Span {
    const rm = this.rm;
    const line = rm.row(s);
    const endLine = rm.row(e);
    return { line, col: rm.col(s, line), endLine, endCol: rm.col(e, endLine) };
  }

  private visitChildren(i: number, fr: Frame, top: boolean): void {
    const { firstChild, nextSibling } = this.t;
    for (let ch = firstChild[i]; ch >= 0; ch = nextSibling[ch]) this.visit(ch, fr, top);
  }

  private visit(i: number, fr: Frame, top: boolean): void {
    const t = this.t;
    const ty = t.type[i];
    const m = fr.m;
    switch (ty) {
      case 'decorated_definition': {
        const decos: number[] = [];
        for (let ch = t.firstChild[i]; ch >= 0; ch = t.nextSibling[ch]) {
          const ct = t.type[ch];
          if (ct === 'decorator') {
            decos.push(ch);
            this.visit(ch, fr, top); // evaluated in the enclosing scope
          } else if (ct === 'function_definition') {
            this.defineFn(ch, i, decos, fr, top);
          } else if (ct === 'class_definition') {
            this.defineClass(ch, i, decos, fr, top);
          } else if (ct !== 'comment') {
            this.visit(ch, fr, top);
          }
        }
        return;
      }
      case 'function_definition':
        this.defineFn(i, i, [], fr, top);
        return;
      case 'class_definition':
        this.defineClass(i, i, [], fr, top);
        return;
      case 'if_statement':
      case 'elif_clause':
      case 'case_clause':
      case 'conditional_expression':
        m.cc++;
        m.branches++;
        break;
      case 'except_clause':
      case 'except_group_clause':
      case 'boolean_operator':
      case 'if_clause':
        m.cc++;
        break;
      case 'try_statement':
        m.tries++;
        break;
      case 'await': // the keyword leaf has the same type as the expression node
        if (t.firstChild[i] >= 0) m.awaits++;
        break;
      case 'yield':
        if (fr.lambdaDepth === 0 && t.firstChild[i] >= 0) fr.generator = true;
        break;
      case 'for_statement':
      case 'while_statement': {
        m.cc++;
        if (ty === 'for_statement' && t.type[t.firstChild[i]] === 'async') m.awaits++;
        fr.loopDepth++;
        if (fr.loopDepth > m.loopNest) m.loopNest = fr.loopDepth;
        this.visitChildren(i, fr, top);
        fr.loopDepth--;
        return;
      }
      case 'with_statement':
      case 'for_in_clause':
        if (t.type[t.firstChild[i]] === 'async') m.awaits++;
        break;
      case 'lambda':
        if (t.firstChild[i] < 0) return;
        fr.lambdaDepth++;
        this.visitChildren(i, fr, top);
        fr.lambdaDepth--;
        return;
      case 'call':
        this.call(i, fr, top);
        break;
      case 'assignment':
        for (let ch = t.firstChild[i]; ch >= 0; ch = t.nextSibling[ch]) {
          if (t.type[ch] === 'type') {
            m.typeAnnotations++;
            break;
          }
        }
        if (top) this.topAssignment(i);
        break;
      case 'augmented_assignment':
        if (top) this.topAssignment(i);
        break;
      case 'import_statement':
      case 'import_from_statement':
      case 'future_import_statement':
        if (top) this.importStmt(i);
        return;
      case 'type_alias_statement':
        if (top) this.typeAlias(i);
        break;
      case 'comment':
        return;
    }
    this.visitChildren(i, fr, top);
  }

  // ---- calls, deprecation ------------------------------------------------------------------

  private call(i: number, fr: Frame, top: boolean): void {
    const t = this.t;
    let fn = t.firstChild[i];
    while (fn >= 0 && t.type[fn] === 'comment') fn = t.nextSibling[fn];
    if (fn < 0) return;
    let name: string | undefined;
    const ft = t.type[fn];
    if (ft === 'identifier') {
      name = this.text(fn);
    } else if (ft === 'attribute') {
      for (let ch = t.firstChild[fn]; ch >= 0; ch = t.nextSibling[ch]) {
        if (t.type[ch] === 'identifier') name = this.text(ch);
      }
    }
    if (!name) return;
    fr.calls.add(name);
    if (top && ft === 'attribute' && (name === 'extend' || name === 'append')
      && /^__all__\s*\.\s*(extend|append)$/.test(this.text(fn))) {
      const names: string[] = [];
      const args = t.nextSibling[fn];
      if (args >= 0) for (let ch = t.firstChild[args]; ch >= 0; ch = t.nextSibling[ch]) this.stringLiterals(ch, names);
      this.out.dunderAll = [...(this.out.dunderAll ?? []), ...names];
    }
    if (name === 'warn' && fr.kind !== 'module') {
      const args = t.nextSibling[fn];
      if (args >= 0 && DEPRECATION_WARNING.test(this.text(args))) fr.deprecated = true;
    }
  }

  // ---- definitions --------------------------------------------------------------------------

  private decoratorTexts(decos: number[]): string[] {
    const t = this.t;
    const out: string[] = [];
    for (const d of decos) {
      for (let ch = t.firstChild[d]; ch >= 0; ch = t.nextSibling[ch]) {
        const ct = t.type[ch];
        if (ct !== '@' && ct !== 'comment') {
          out.push(cleanText(t, this.src, ch));
          break;
        }
      }
    }
    return out;
  }

  /** Docstring of a block: records its range and returns its normalised content. */
  private docstring(block: number): string | undefined {
    const t = this.t;
    let st = t.firstChild[block];
    while (st >= 0 && t.type[st] === 'comment') st = t.nextSibling[st];
    if (st < 0 || t.type[st] !== 'expression_statement') return undefined;
    const e = t.firstChild[st];
    if (e < 0 || t.end[e] !== t.end[st]) return undefined;
    let content: string;
    if (t.type[e] === 'string') {
      content = stringContent(this.text(e));
    } else if (t.type[e] === 'concatenated_string') {
      content = '';
      for (let ch = t.firstChild[e]; ch >= 0; ch = t.nextSibling[ch]) {
        if (t.type[ch] === 'string') content += stringContent(this.text(ch));
      }
    } else {
      return undefined;
    }
    this.docRanges.push(t.start[e], t.end[e]);
    return normalizeWs(content);
  }

  private newSymbol(kind: SymbolKind, name: string, fr: Frame, rangeIdx: number, sigStart: number, sigEnd: number,
    body: number, signature: Signature): SymbolInfo {
    const t = this.t;
    const qualname = fr.kind === 'module' ? name : `${fr.qualname}.${name}`;
    const sym: SymbolInfo = {
      kind, name, qualname,
      range: this.span(t.start[rangeIdx], t.end[rangeIdx]),
      sigRange: this.span(sigStart, sigEnd),
      bodyRange: body >= 0 ? this.span(t.start[body], t.end[body]) : undefined,
      signature, exported: false, public: false, hasDoc: false, docHash: '', deprecated: false,
      bodyHash: '', bodyTokens: [], calls: [], metrics: newMetrics(), uid: '',
    };
    if (fr.kind !== 'module') sym.container = fr.qualname;
    this.out.symbols.push(sym);
    if (body >= 0) this.pending.push({ sym, start: t.start[body], end: t.end[body] });
    else this.pending.push({ sym, start: 0, end: 0 });
    return sym;
  }

  private applyDoc(sym: SymbolInfo, body: number): void {
    if (body < 0) return;
    const doc = this.docstring(body);
    if (doc === undefined) return;
    sym.hasDoc = true;
    sym.docHash = sha256Hex(doc);
    if (doc.includes('.. deprecated::')) sym.deprecated = true;
  }

  private closeFrame(sym: SymbolInfo, nf: Frame, fr: Frame): void {
    sym.metrics = nf.m;
    if (nf.deprecated) sym.deprecated = true;
    sym.calls = [...nf.calls];
    for (const c of nf.calls) fr.calls.add(c);
  }

  private defineFn(def: number, rangeIdx: number, decos: number[], fr: Frame, top: boolean): void {
    const t = this.t;
    let name = '';
    let params = -1;
    let ret = -1;
    let body = -1;
    let colon = -1;
    let isAsync = false;
    let arrow = false;
    for (let ch = t.firstChild[def]; ch >= 0; ch = t.nextSibling[ch]) {
      const ct = t.type[ch];
      if (ct === 'async') isAsync = true;
      else if (ct === 'identifier' && !name) name = this.text(ch);
      else if (ct === 'parameters') params = ch;
      else if (ct === '->') arrow = true;
      else if (ct === 'type' && arrow) ret = ch;
      else if (ct === ':' && body < 0) colon = ch;
      else if (ct === 'block') body = ch;
    }
    if (!name) {
      // Error recovery left a nameless def: still look inside for metrics/imports.
      this.visitChildren(def, fr, top);
      return;
    }
    const pp = params >= 0 ? parseParams(t, this.src, params) : { params: [], rendered: [], annotated: 0 };
    const returnType = ret >= 0 ? cleanText(t, this.src, ret) : undefined;
    const decorators = this.decoratorTexts(decos);
    const signature: Signature = {
      params: pp.params, async: isAsync, generator: false, decorators,
      text: signatureText(pp.rendered, returnType),
    };
    if (returnType !== undefined) signature.returnType = returnType;
    let deprecated = false;
    for (const d of decorators) {
      const head = d.split('(')[0].trim();
      if (head === 'deprecated' || head.endsWith('.deprecated')) deprecated = true;
      if (signature.callKind) continue;
      if (head === 'staticmethod') signature.callKind = 'static';
      else if (head === 'classmethod') signature.callKind = 'classmethod';
      else if (head === 'property' || lastSegment(head) === 'cached_property') signature.callKind = 'property';
      else if (head.endsWith('.setter')) signature.callKind = 'setter';
      else if (head.endsWith('.getter')) signature.callKind = 'getter';
    }
    const kind: SymbolKind = fr.kind === 'class' ? 'method' : 'fn';
    const sigEnd = colon >= 0 ? t.end[colon] : ret >= 0 ? t.end[ret] : params >= 0 ? t.end[params] : t.end[def];
    const sym = this.newSymbol(kind, name, fr, rangeIdx, t.start[def], sigEnd, body, signature);
    this.symByDef.set(def, sym);
    if (deprecated) sym.deprecated = true;
    if ((fr.kind === 'module' || fr.kind === 'class') && TEST_NAME.test(name)) this.out.testCases++;
    this.applyDoc(sym, body);
    const nf = newFrame(kind, name, sym.qualname, fr);
    nf.m.typeAnnotations = pp.annotated + (returnType !== undefined ? 1 : 0);
    if (body >= 0) this.visitChildren(body, nf, false);
    signature.generator = nf.generator;
    this.closeFrame(sym, nf, fr);
  }

  private defineClass(def: number, rangeIdx: number, decos: number[], fr: Frame, _top: boolean): void {
    const t = this.t;
    const src = this.src;
    let name = '';
    let supers = -1;
    let body = -1;
    let colon = -1;
    for (let ch = t.firstChild[def]; ch >= 0; ch = t.nextSibling[ch]) {
      const ct = t.type[ch];
      if (ct === 'identifier' && !name) name = this.text(ch);
      else if (ct === 'argument_list') supers = ch;
      else if (ct === ':' && body < 0) colon = ch;
      else if (ct === 'block') body = ch;
    }
    if (!name) {
      this.visitChildren(def, fr, false);
      return;
    }
    const bases: string[] = [];
    const keywords = new Map<string, string>();
    const rendered: string[] = [];
    if (supers >= 0) {
      for (let ch = t.firstChild[supers]; ch >= 0; ch = t.nextSibling[ch]) {
        const ct = t.type[ch];
        if (ct === '(' || ct === ')' || ct === ',' || ct === 'comment') continue;
        const txt = cleanText(t, src, ch);
        rendered.push(txt);
        if (ct === 'keyword_argument') {
          const eq = txt.indexOf('=');
          if (eq > 0) keywords.set(txt.slice(0, eq).trim(), txt.slice(eq + 1).trim());
        } else {
          bases.push(txt);
        }
      }
    }
    const decorators = this.decoratorTexts(decos);
    const signature: Signature = {
      params: [], async: false, generator: false, decorators, text: supers >= 0 ? `(${rendered.join(', ')})` : '',
    };
    const sigEnd = colon >= 0 ? t.end[colon] : supers >= 0 ? t.end[supers] : t.end[def];
    const sym = this.newSymbol('class', name, fr, rangeIdx, t.start[def], sigEnd, body, signature);
    for (const d of decorators) {
      const head = d.split('(')[0].trim();
      if (head === 'deprecated' || head.endsWith('.deprecated')) sym.deprecated = true;
    }
    this.applyDoc(sym, body);
    const nf = newFrame('class', name, sym.qualname, fr);
    if (body >= 0) this.visitChildren(body, nf, false);
    this.closeFrame(sym, nf, fr);

    // Typed classes (spec §3.3 *_TYPE): TypedDict / Protocol / Enum.
    let kind: TypeDeclKind | undefined;
    for (const b of bases) {
      const head = lastSegment(stripSubscript(b));
      if (TYPED_DICT.has(head)) kind = 'typeddict';
      else if (PROTOCOL.has(head)) kind = 'protocol';
      else if (ENUMS.has(head)) kind = 'pyenum';
      if (kind) break;
    }
    if (!kind) return;
    const total = keywords.get('total') !== 'False';
    const members = body >= 0 ? this.classMembers(body, kind, total) : [];
    const decl: TypeDecl = {
      kind, name, qualname: sym.qualname, range: sym.range, exported: false, public: false,
      members, hash: '', uid: '',
    };
    this.out.types.push(decl);
    this.typeHashes.push({ decl, start: t.start[rangeIdx], end: t.end[rangeIdx] });
  }

  private classMembers(block: number, kind: TypeDeclKind, total: boolean): TypeMember[] {
    const t = this.t;
    const src = this.src;
    const members: TypeMember[] = [];
    const seen = new Set<string>();
    for (let st = t.firstChild[block]; st >= 0; st = t.nextSibling[st]) {
      const ty = t.type[st];
      if (ty === 'expression_statement') {
        const a = t.firstChild[st];
        if (a < 0 || t.type[a] !== 'assignment') continue;
        let left = -1;
        let type = -1;
        let right = -1;
        let eq = false;
        for (let ch = t.firstChild[a]; ch >= 0; ch = t.nextSibling[ch]) {
          const ct = t.type[ch];
          if (ct === 'comment') continue;
          if (left < 0) left = ch;
          else if (ct === 'type') type = ch;
          else if (ct === '=') eq = true;
          else if (eq && right < 0) right = ch;
        }
        if (left < 0 || t.type[left] !== 'identifier') continue;
        const name = this.text(left);
        if (kind === 'pyenum') {
          if (right < 0 || name.startsWith('__') || (name.startsWith('_') && name.endsWith('_'))) continue;
          members.push({ name, optional: false, type: cleanText(t, src, right) });
        } else {
          if (type < 0) continue;
          const tt = cleanText(t, src, type);
          const head = lastSegment(stripSubscript(tt));
          let optional = head === 'NotRequired' || head === 'Optional';
          if (kind === 'typeddict' && !total && head !== 'Required') optional = true;
          members.push({ name, optional, type: tt });
        }
        seen.add(name);
      } else if (kind === 'protocol' && (ty === 'function_definition' || ty === 'decorated_definition')) {
        let def = st;
        if (ty === 'decorated_definition') {
          for (let ch = t.firstChild[st]; ch >= 0; ch = t.nextSibling[ch]) {
            if (t.type[ch] === 'function_definition') def = ch;
          }
        }
        const sym = this.symByDef.get(def);
        if (!sym || seen.has(sym.name)) continue;
        seen.add(sym.name);
        members.push({ name: sym.name, optional: false, type: sym.signature.text });
      }
    }
    return members;
  }

  // ---- module-level statements -------------------------------------------------------------

  private topAssignment(a: number): void {
    const t = this.t;
    let left = -1;
    let right = -1;
    let op = '';
    let typed = false;
    for (let ch = t.firstChild[a]; ch >= 0; ch = t.nextSibling[ch]) {
      const ct = t.type[ch];
      if (ct === 'comment') continue;
      if (left < 0) left = ch;
      else if (ct === 'type') typed = true;
      else if (ct === '=' || ct === '+=') op = ct;
      else if (op && right < 0) right = ch;
      else if (!op) op = ct; // other augmented operators
    }
    if (left < 0 || right < 0 || t.type[left] !== 'identifier') return;
    const name = this.text(left);
    if (name === '__all__' && (op === '=' || op === '+=')) {
      const names: string[] = [];
      this.stringLiterals(right, names);
      this.out.dunderAll = [...(this.out.dunderAll ?? []), ...names];
      return;
    }
    if (op === '=' && !typed && t.type[right] === 'identifier' && t.type[a] === 'assignment') {
      this.out.exportAliases.push({ name, target: this.text(right) });
    }
  }

  /** String literals of a list/tuple (or a `+` of them) for `__all__`. */
  private stringLiterals(i: number, out: string[]): void {
    const t = this.t;
    const ty = t.type[i];
    if (ty === 'string') {
      const lit = this.text(i);
      if (!/^[A-Za-z]*[fFtT]/.test(lit)) out.push(stringContent(lit));
      return;
    }
    if (ty === 'list' || ty === 'tuple' || ty === 'parenthesized_expression' || ty === 'binary_operator'
      || ty === 'expression_list') {
      for (let ch = t.firstChild[i]; ch >= 0; ch = t.nextSibling[ch]) this.stringLiterals(ch, out);
    }
  }

  private importStmt(i: number): void {
    const t = this.t;
    const src = this.src;
    const ty = t.type[i];
    const line = this.rm.row(t.start[i]);
    const endLine = this.rm.row(t.end[i]);
    if (ty === 'import_statement') {
      for (let ch = t.firstChild[i]; ch >= 0; ch = t.nextSibling[ch]) {
        const ct = t.type[ch];
        if (ct === 'dotted_name') {
          const spec = cleanText(t, src, ch).replace(/\s+/g, '');
          this.out.imports.push({ spec, names: [spec], line, endLine });
        } else if (ct === 'aliased_import') {
          const { orig, alias } = this.aliased(ch);
          this.out.imports.push({ spec: orig, names: [alias], line, endLine });
        }
      }
      return;
    }
    // from X import a, b as c / from . import m / from X import * / from __future__ import x
    let spec = ty === 'future_import_statement' ? '__future__' : '';
    let afterImport = false;
    const names: string[] = [];
    const aliases: { name: string; target: string }[] = [];
    // The source module's names, parallel to `names`; kept only when an alias renames one
    // (ImportInfo.imported: §3.2's import evidence matches the moved symbol's own name).
    const imported: string[] = [];
    let aliased = false;
    for (let ch = t.firstChild[i]; ch >= 0; ch = t.nextSibling[ch]) {
      const ct = t.type[ch];
      if (ct === 'import') {
        afterImport = true;
      } else if (!afterImport) {
        if (ct === 'dotted_name' || ct === 'relative_import') spec = cleanText(t, src, ch).replace(/\s+/g, '');
      } else if (ct === 'dotted_name') {
        const n = cleanText(t, src, ch).replace(/\s+/g, '');
        names.push(n);
        imported.push(n);
        aliases.push({ name: n, target: n });
      } else if (ct === 'aliased_import') {
        const { orig, alias } = this.aliased(ch);
        names.push(alias);
        imported.push(orig);
        if (orig !== alias) aliased = true;
        aliases.push({ name: alias, target: orig });
      } else if (ct === 'wildcard_import') {
        names.push('*');
        imported.push('*');
      }
    }
    if (!spec) return;
    this.out.imports.push(aliased ? { spec, names, imported, line, endLine } : { spec, names, line, endLine });
    if (spec !== '__future__') {
      for (const a of aliases) this.out.exportAliases.push({ ...a, from: spec });
    }
  }

  private aliased(i: number): { orig: string; alias: string } {
    const t = this.t;
    let orig = '';
    let alias = '';
    for (let ch = t.firstChild[i]; ch >= 0; ch = t.nextSibling[ch]) {
      const ct = t.type[ch];
      if (ct === 'dotted_name') orig = cleanText(t, this.src, ch).replace(/\s+/g, '');
      else if (ct === 'identifier') alias = this.text(ch);
    }
    return { orig, alias: alias || orig };
  }

  private typeAlias(i: number): void {
    const t = this.t;
    const left = t.firstChild[i] >= 0 ? t.nextSibling[t.firstChild[i]] : -1; // after `type`
    if (left < 0) return;
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text(left));
    if (!m) return;
    const decl: TypeDecl = {
      kind: 'alias', name: m[0], qualname: m[0], range: this.span(t.start[i], t.end[i]), exported: false,
      public: false, members: [], hash: '', uid: '',
    };
    this.out.types.push(decl);
    this.typeHashes.push({ decl, start: t.start[i], end: t.end[i] });
  }

  // ---- tokens, rows, errors -----------------------------------------------------------------

  private tokRange(s: number, e: number): [number, number] {
    const ts = this.t.tokStart;
    let lo = 0;
    let hi = ts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ts[mid] < s) lo = mid + 1;
      else hi = mid;
    }
    let hi2 = ts.length;
    let lo2 = lo;
    while (lo2 < hi2) {
      const mid = (lo2 + hi2) >> 1;
      if (ts[mid] < e) lo2 = mid + 1;
      else hi2 = mid;
    }
    return [lo, lo2];
  }

  private finishTokens(): void {
    const { tokText, tokIdent } = this.t;
    const n = tokText.length;
    // Per token, once: dropped (docstrings, `;`, a trailing comma before a closing bracket) and
    // the hashed form (black-style string quotes), so nested symbols only filter their range.
    const drop = new Uint8Array(n);
    const norm: string[] = new Array<string>(n);
    for (let j = 0; j < n; j++) {
      const tx = tokText[j];
      norm[j] = tx;
      if (tokIdent[j]) continue;
      const c0 = tx.charCodeAt(0);
      if (c0 === 59 /* ; */ && tx.length === 1) {
        drop[j] = 1;
      } else if (c0 === 44 /* , */ && tx.length === 1 && j + 1 < n) {
        const nx = tokText[j + 1];
        if (nx === ')' || nx === ']' || nx === '}') drop[j] = 1;
      } else if (c0 === 34 || c0 === 39 || (((c0 | 32) >= 97 && (c0 | 32) <= 122) && /^[A-Za-z]{1,3}['"]/.test(tx))) {
        norm[j] = normString(tx);
      }
    }
    for (let k = 0; k < this.docRanges.length; k += 2) {
      const [a, b] = this.tokRange(this.docRanges[k], this.docRanges[k + 1]);
      for (let j = a; j < b; j++) drop[j] = 1;
    }
    for (const p of this.pending) {
      const sym = p.sym;
      const toks: string[] = [];
      if (p.end > p.start) {
        const [a, b] = this.tokRange(p.start, p.end);
        const name = sym.name;
        for (let j = a; j < b; j++) {
          if (drop[j] || (tokIdent[j] && tokText[j] === name)) continue;
          toks.push(norm[j]);
        }
      }
      sym.bodyTokens = toks;
      sym.bodyHash = sha256Hex(toks.join(' '));
    }
    for (const th of this.typeHashes) {
      const [a, b] = this.tokRange(th.start, th.end);
      const toks: string[] = [];
      for (let j = a; j < b; j++) if (!drop[j] || tokText[j] === ',' || tokText[j] === ';') toks.push(tokText[j]);
      th.decl.hash = sha256Hex(toks.join(' '));
    }
  }

  private rows(): void {
    const { tokText, tokStart, commentStart } = this.t;
    const rm = this.rm;
    const n = rm.rowCount;
    const rows: string[] = new Array<string>(n).fill('');
    for (let j = 0; j < tokText.length; j++) {
      const r = rm.row(tokStart[j]);
      rows[r] = rows[r] ? `${rows[r]} ${tokText[j]}` : tokText[j];
    }
    const co: number[] = [];
    for (const c of commentStart) {
      const r = rm.row(c);
      if (!rows[r] && (co.length === 0 || co[co.length - 1] !== r)) co.push(r);
    }
    this.out.codeRows = rows;
    this.out.commentOnlyRows = co;
  }

  private errors(): void {
    const t = this.t;
    const errs = this.out.parseErrors;
    for (let i = 0; i < t.type.length; i++) {
      if (t.type[i] !== 'ERROR') continue;
      let p = t.parent[i];
      while (p >= 0 && t.type[p] !== 'ERROR') p = t.parent[p];
      if (p >= 0) continue;
      const s = t.start[i];
      const [a, b] = this.tokRange(s, t.end[i]);
      let near = a < b ? t.tokText[a] : this.src.slice(s, Math.min(t.end[i], s + 20));
      near = normalizeWs(near).slice(0, 40);
      const line = this.rm.row(s);
      errs.push({ line, col: this.rm.col(s, line), message: near ? `syntax error near \`${near}\`` : 'syntax error' });
    }
    for (const ms of t.missing) {
      const line = this.rm.row(ms.index);
      errs.push({ line, col: this.rm.col(ms.index, line), message: `syntax error: missing \`${ms.type}\`` });
    }
    errs.sort((x, y) => x.line - y.line || x.col - y.col);
  }
}

/** A module is private when a directory or the file stem starts with `_` (not `__init__`/`__main__`). */
export function isPrivateModule(path: string): boolean {
  const segs = path.split('/').filter((s) => s && s !== '.');
  for (let k = 0; k < segs.length; k++) {
    let seg = segs[k];
    if (k === segs.length - 1) seg = seg.replace(/\.pyi?$/, '');
    if (seg === '__init__' || seg === '__main__') continue;
    if (seg.startsWith('_')) return true;
  }
  return false;
}

/** `_x` and `__x` are private members; dunders (`__init__`) are public. */
function isPrivateMember(name: string): boolean {
  return name.startsWith('_') && !(name.startsWith('__') && name.endsWith('__') && name.length > 4);
}

export const pyExtractor: LanguageExtractor = {
  chunk(node: Node, src: string, _lang: Lang, _path: string): ChunkResult {
    return new PyChunk(flatten(node, src), src).run();
  },

  finish(file: FileAnalysis, _exportedNames: Set<string>, isTestFile: boolean): void {
    if (!isTestFile) file.testCases = 0;
    const apiModule = !isTestFile && !isPrivateModule(file.path);
    const all = file.dunderAll ? new Set(file.dunderAll) : undefined;
    const topPublic = (name: string): boolean => (all ? all.has(name) : !name.startsWith('_'));
    // Public classes by qualname (containers are always earlier than their members).
    const publicClasses = new Set<string>();
    for (const s of file.symbols) {
      let pub = false;
      let exported = false;
      if (apiModule) {
        if (s.container === undefined) {
          pub = exported = topPublic(s.name);
        } else if (publicClasses.has(s.container)) {
          pub = !isPrivateMember(s.name);
        }
      }
      s.public = pub;
      s.exported = exported;
      if (pub && s.kind === 'class') publicClasses.add(s.qualname);
    }
    for (const d of file.types) {
      const dot = d.qualname.lastIndexOf('.');
      let pub = false;
      if (apiModule) {
        pub = dot < 0 ? topPublic(d.name) : publicClasses.has(d.qualname.slice(0, dot)) && !isPrivateMember(d.name);
      }
      d.public = pub;
      d.exported = pub && dot < 0;
    }
  },
};
