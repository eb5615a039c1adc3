// Symbol extractor for TypeScript, TSX and JavaScript incl. JSX (spec §3.1): symbols with
// signatures, body hashes and metrics, type declarations, imports, export aliases, test-case
// counts and per-row code/comment text, for one top-level statement at a time (the ChunkResult
// contract of analyze.ts). The chunk is copied once into plain JS objects (syntax-snapshot.ts)
// and everything else reads that copy: one cursor walk per chunk keeps a one-character edit in
// a 2,000-line file within a few milliseconds. Never looks at other statements, with one
// exception: the `/** … */` comment right before a top-level declaration (see leadingDocComment).
import type { Node } from 'web-tree-sitter';
import { normalizeWs, sha256Hex } from '../util/hash';
import type { ChunkResult, LanguageExtractor } from './extractor';
import type { FileAnalysis, ImportInfo, Signature, SymbolInfo, SymbolKind } from './types';
import {
  OPAQUE, parseProblems, rowsOf, snapshot, SnapshotSpec, storedSnapshot, tokensAndHash, type SNode, type Snapshot, type StoredSubtree,
} from './syntax-snapshot';
import { decoratorTexts, fieldOf, hasToken, signatureOf } from './ts-signature';
import { typeDeclOf } from './ts-types';
import { flatCopy, flattenStrings } from '../util/flat-strings';
import { setLazyBodyTokens } from './lazy-tokens';

/**
 * How chunks are copied: string literals, comments and regexes are one token each (no walk
 * inside); identifiers and the like never have children (no probe for them); field names are
 * read only under the parents whose fields the extractor asks for.
 */
const SNAPSHOT = new SnapshotSpec({
  atomic: ['string', 'comment', 'regex', 'hash_bang_line', 'html_comment'],
  namedLeaves: [
    'identifier', 'property_identifier', 'type_identifier', 'shorthand_property_identifier',
    'shorthand_property_identifier_pattern', 'private_property_identifier', 'statement_identifier',
    'string_fragment', 'number', 'this', 'super', 'null', 'true', 'false', 'undefined',
    'regex_pattern', 'regex_flags', 'escape_sequence', 'jsx_text',
  ],
  fieldParents: [
    'function_declaration', 'generator_function_declaration', 'function_signature', 'function_expression',
    'function', 'generator_function', 'arrow_function', 'method_definition', 'method_signature',
    'abstract_method_signature', 'class_declaration', 'abstract_class_declaration', 'class',
    'required_parameter', 'optional_parameter', 'assignment_pattern', 'variable_declarator',
    'export_statement', 'import_statement', 'import_require_clause', 'import_specifier', 'export_specifier',
    'member_expression', 'assignment_expression', 'call_expression', 'new_expression', 'binary_expression',
    'augmented_assignment_expression', 'pair', 'pair_pattern', 'public_field_definition', 'field_definition',
    'internal_module', 'module', 'interface_declaration', 'type_alias_declaration', 'enum_declaration',
    'property_signature', 'index_signature', 'call_signature', 'construct_signature', 'enum_assignment',
  ],
  // Member-level reuse (syntax-snapshot.ts SubtreeReuse): an edit inside one method of a class,
  // one property of an object literal or one statement of a namespace/function body re-walks
  // only that member; the others are copied from the earlier walk. Below ~200 characters a
  // member is cheaper to walk than to look up.
  //
  // Members of class bodies go one step further (issue 14): a reused one is left opaque, and the
  // extractor replays its results (MemberResult) instead of re-extracting it, so a keystroke in
  // one method of a 6,500-line class costs that method plus O(1) per other member — whatever its
  // size (`opaqueMinChars`): an opaque member is one node and a replay, a small one walked is a
  // node per token and an extraction on every keystroke in its class (eleventh pass).
  reuse: { parents: ['class_body', 'object', 'statement_block'], minChars: 200, opaque: ['class_body'], opaqueMinChars: 0 },
});

/** Drop the member-level walk cache (tests). */
export function clearTsMemberCache(): void {
  SNAPSHOT.reuse?.clear();
}

/** Members copied from the member-level walk cache so far (tests). */
export function tsMemberReuseHits(): number {
  return SNAPSHOT.reuse?.hits ?? 0;
}

let memberReplays = 0;

/** Opaque class members whose stored results were replayed so far (tests). */
export function tsMemberReplays(): number {
  return memberReplays;
}

/** Switch the member-level walk cache off/on (tests: the reference analysis walks everything). */
export function setTsMemberReuse(on: boolean): void {
  if (SNAPSHOT.reuse) SNAPSHOT.reuse.enabled = on;
}
const FN_EXPR = new Set(['function_expression', 'function', 'arrow_function', 'generator_function']);
const LOOPS = new Set(['for_statement', 'for_in_statement', 'while_statement', 'do_statement']);
const LOGICAL_OPS = new Set(['&&', '||', '??']);
const LOGICAL_ASSIGN = new Set(['&&=', '||=', '??=']);
/**
 * Wrappers that do not change what a bound value is: `(f)`, `f as T`, `f satisfies T`, `f!`, and
 * the old-style cast `<T> f` (held-out batch 9, mobx 331fe9e3: `var s: S = <S> function (…) {…}`).
 */
const TRANSPARENT = new Set(['parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression', 'type_assertion']);
/** `it.only(…)`, `test.each(…)(…)`: members of it/test that still declare a test case. */
const TEST_MODIFIERS = new Set(['only', 'skip', 'each', 'todo', 'concurrent', 'failing', 'fixme', 'fails', 'sequential', 'skipIf', 'runIf', 'if']);

/**
 * The JSDoc comment right before a top-level node (it is the previous top-level sibling, so a
 * chunk alone cannot see it): its text when it is a `/** … *\/` comment ending on the row
 * before the node (or on the node's own row), else ''. chunk() results depend on it, so the
 * chunk cache key must include it. `prev` spares a wasm call when the caller already holds the
 * previous top-level node.
 */
export function leadingDocComment(node: Node, prev: Node | null = node.previousSibling): string {
  if (!prev || prev.type !== 'comment') return '';
  if (prev.endPosition.row < node.startPosition.row - 1) return '';
  const text = prev.text;
  return text.startsWith('/**') ? text : '';
}

/** Doc comment text without the comment markers, whitespace-normalised (for docHash). */
function docBody(doc: string): string {
  return normalizeWs(doc.replace(/^\/\*\*/, '').replace(/\*\/$/, '').replace(/^[ \t]*\*/gm, ' '));
}

interface Ctx {
  /** Qualname of the nearest named ancestor (symbol or namespace). */
  qual?: string;
  /** Symbol whose metrics the code being visited counts for (anonymous callbacks included). */
  sym?: SymB;
  loop: number;
  /** Module scope: not inside any function or class body (namespaces and blocks are). */
  module: boolean;
  /** Inside a TS namespace/module declaration. */
  ns: boolean;
}

interface SymB {
  info: SymbolInfo;
  calls: Set<string>;
  body?: SNode;
}

/**
 * Everything extracting one class member did, relative to the member's first row: what it added
 * to the chunk result, and what it did to the enclosing symbol (metric increments, the deepest
 * loop level, calls in the order they were added). Replaying it is extracting the member again.
 */
interface MemberResult {
  symbols: SymbolInfo[];
  types: ChunkResult['types'];
  imports: ChunkResult['imports'];
  exportAliases: ChunkResult['exportAliases'];
  exportedNames: string[];
  testCases: number;
  /** Increments of the enclosing symbol's metrics (loopNest: the deepest level reached). */
  metrics?: SymbolInfo['metrics'];
  calls?: string[];
  /**
   * The symbols, types and imports as last placed, `off` rows down (opaqueMember): a keystroke
   * that adds no line leaves every other member where it was, and its chunk result takes the
   * same objects again instead of ~4 new ones per symbol. Chunk-level symbols are not changed
   * once their chunk is complete (analyzeTree and finish() work on copies), so two versions'
   * chunk results may share them.
   */
  placed?: { off: number; symbols: SymbolInfo[]; types: ChunkResult['types']; imports: ChunkResult['imports'] };
}

/** An opaque member's last replay: the parts of its context key, and the result they selected. */
interface LastReplay {
  mode: 'class' | 'visit';
  eligible: boolean;
  sym: boolean;
  loop: number;
  module: boolean;
  ns: boolean;
  col: number;
  qual: string | undefined;
  doc: string;
  r: MemberResult;
}

function shiftRows<T extends { line: number; endLine: number }>(s: T, rows: number): T {
  return { ...s, line: s.line + rows, endLine: s.endLine + rows };
}

type Rowed = Pick<MemberResult, 'symbols' | 'types' | 'imports'>;

/** A member's symbols, types and imports moved `rows` down: placed in a chunk (+) or made relative to the member (−). */
function shiftParts(p: Rowed, rows: number): Rowed {
  return {
    symbols: p.symbols.map((s) => ({
      ...s,
      range: shiftRows(s.range, rows),
      sigRange: shiftRows(s.sigRange, rows),
      bodyRange: s.bodyRange ? shiftRows(s.bodyRange, rows) : undefined,
    })),
    types: p.types.map((t) => ({ ...t, range: shiftRows(t.range, rows) })),
    imports: p.imports.map((im) => shiftRows(im, rows)),
  };
}

/** Stands in for the enclosing symbol while a member is extracted: collects what the member adds to it (addToEnclosing). */
function enclosingProxy(ctx: Ctx): SymB | undefined {
  return ctx.sym
    ? { info: { metrics: { cc: 0, loopNest: 0, branches: 0, awaits: 0, tries: 0, typeAnnotations: 0 } } as SymbolInfo, calls: new Set() }
    : undefined;
}

interface SymSpec {
  kind: SymbolKind;
  name: string;
  /** The node whose range is the symbol's range (statement, declarator, member). */
  outer: SNode;
  /** Start of the range when decorators precede `outer` as siblings (class members). */
  start?: number;
  /** Function-like or class node holding parameters and body. */
  node: SNode;
  body?: SNode;
  sig: Signature;
  exported: boolean;
  /** May be public (spec §3.7 I2) if it or its container turns out exported; finish() decides. */
  eligible: boolean;
  /** Container qualname; defaults to ctx.qual. */
  container?: string;
}

/** The value a chain of assignments `a = b = value` ends in (itself when not an assignment). */
function chainedValue(n: SNode): SNode {
  let v = n;
  while (v.t === 'assignment_expression') {
    const r = fieldOf(v, 'right');
    if (!r) break;
    v = unwrap(r);
  }
  return v;
}

function unwrap(n: SNode): SNode {
  let v = n;
  while (TRANSPARENT.has(v.t)) {
    const inner = v.k.find((c) => c.t !== '(' && c.t !== ')' && c.t !== 'comment' && c.t !== 'type_arguments');
    if (!inner) break;
    v = inner;
  }
  return v;
}

class ChunkExtractor {
  readonly res: ChunkResult = {
    symbols: [], types: [], imports: [], exportAliases: [], exportedNames: [], testCases: 0,
    commentOnlyRows: [], codeRows: [], parseErrors: [],
  };

  constructor(private readonly snap: Snapshot, private readonly topDoc: string) {}

  private text(n: SNode): string {
    return this.snap.src.slice(n.s, n.e);
  }

  private stringValue(n: SNode | undefined): string | undefined {
    if (!n || n.t !== 'string') return undefined;
    return this.text(n).slice(1, -1);
  }

  /** Name of a member / property key: identifiers as written, string keys unquoted. */
  private keyName(n: SNode | undefined): string | undefined {
    if (!n) return undefined;
    if (n.t === 'string') return this.text(n).slice(1, -1);
    if (n.t === 'computed_property_name') return normalizeWs(this.text(n));
    return this.text(n);
  }

  // ---------------------------------------------------------------- traversal

  visit(n: SNode, ctx: Ctx): void {
    if (n.k === OPAQUE) {
      this.opaqueMember(n, ctx, 'visit', false);
      return;
    }
    if (this.declaration(n, n, ctx, false, [])) return;
    const sym = ctx.sym;
    const m = sym?.info.metrics;
    switch (n.t) {
      case 'if_statement':
      case 'switch_case':
      case 'ternary_expression':
        if (m) { m.cc++; m.branches++; }
        break;
      case 'catch_clause':
        if (m) m.cc++;
        break;
      case 'binary_expression': {
        const op = fieldOf(n, 'operator');
        if (m && op && LOGICAL_OPS.has(op.t)) m.cc++;
        break;
      }
      case 'augmented_assignment_expression': {
        const op = fieldOf(n, 'operator');
        if (m && op && LOGICAL_ASSIGN.has(op.t)) m.cc++;
        break;
      }
      case 'await_expression':
        if (m) m.awaits++;
        break;
      case 'try_statement':
        if (m) m.tries++;
        break;
      case 'required_parameter':
      case 'optional_parameter':
        // Parameters of anonymous functions inside a symbol's body (its own are in its signature).
        if (m && fieldOf(n, 'type')) m.typeAnnotations++;
        break;
      case 'type_annotation':
        if (m && n.f === 'return_type') m.typeAnnotations++;
        break;
      case 'call_expression':
        this.call(n, ctx);
        break;
      case 'new_expression': {
        const c = fieldOf(n, 'constructor');
        const name = c && this.calleeName(c);
        if (sym && name) sym.calls.add(name);
        break;
      }
      case 'function_expression':
      case 'generator_function': {
        const nameNode = fieldOf(n, 'name');
        if (nameNode) {
          // A named function expression (`arr.map(function mapper(x) {…})`) is a named function.
          this.fnSymbol(n, this.text(nameNode), n, ctx, false, false);
          return;
        }
        this.visitKids(n, { ...ctx, module: false });
        return;
      }
      case 'arrow_function':
        this.visitKids(n, { ...ctx, module: false });
        return;
      case 'class': {
        const nameNode = fieldOf(n, 'name');
        if (nameNode) {
          this.classSymbol(n, this.text(nameNode), n, ctx, false, [], false);
          return;
        }
        this.visitKids(n, { ...ctx, module: false });
        return;
      }
      default:
        if (LOOPS.has(n.t)) {
          if (m) {
            m.cc++;
            if (ctx.loop + 1 > m.loopNest) m.loopNest = ctx.loop + 1;
            if (n.t === 'for_in_statement' && hasToken(n, 'await')) m.awaits++;
          }
          this.visitKids(n, { ...ctx, loop: ctx.loop + 1 });
          return;
        }
    }
    this.visitKids(n, ctx);
  }

  private visitKids(n: SNode, ctx: Ctx): void {
    for (const c of n.k) this.visit(c, ctx);
  }

  /**
   * Statements and declarations that name symbols, types, imports or exports. Returns false for
   * anything else (the caller then visits the node generically).
   */
  private declaration(n: SNode, outer: SNode, ctx: Ctx, exported: boolean, decorators: string[]): boolean {
    switch (n.t) {
      case 'export_statement':
        this.exportStatement(n, ctx);
        return true;
      case 'import_statement':
        this.importStatement(n);
        return true;
      case 'function_declaration':
      case 'generator_function_declaration':
      case 'function_signature': {
        const nameNode = fieldOf(n, 'name');
        this.fnSymbol(n, nameNode ? this.text(nameNode) : 'default', outer, ctx, exported, this.topLevel(ctx));
        return true;
      }
      case 'class_declaration':
      case 'abstract_class_declaration': {
        const nameNode = fieldOf(n, 'name');
        this.classSymbol(n, nameNode ? this.text(nameNode) : 'default', outer, ctx, exported, decorators, this.topLevel(ctx));
        return true;
      }
      case 'lexical_declaration':
      case 'variable_declaration':
        this.variables(n, outer, ctx, exported);
        return true;
      case 'ambient_declaration':
        for (const c of n.k) {
          if (c.t === 'declare' || c.t === 'comment') continue;
          if (!this.declaration(c, outer, ctx, exported, decorators)) this.visit(c, ctx);
        }
        return true;
      case 'interface_declaration':
      case 'type_alias_declaration':
      case 'enum_declaration':
        if (ctx.module && !ctx.ns) {
          const t = typeDeclOf(this.snap, n, outer, exported);
          if (t) this.res.types.push(t);
        }
        return true;
      case 'internal_module':
      case 'module': {
        const nameNode = fieldOf(n, 'name');
        const body = fieldOf(n, 'body');
        // `namespace A.B {}` qualifies its members; `declare module 'x' {}` does not.
        const name = nameNode && nameNode.t !== 'string' ? this.text(nameNode) : undefined;
        const inner: Ctx = { ...ctx, ns: true, qual: name ? (ctx.qual ? `${ctx.qual}.${name}` : name) : ctx.qual };
        if (body) this.visitKids(body, inner);
        return true;
      }
      case 'expression_statement': {
        const e = n.k[0];
        if (!e) return false;
        if (e.t === 'assignment_expression') return this.assignment(e, n, ctx);
        if (ctx.module && this.requireSpec(e) !== undefined) {
          this.addImport(this.requireSpec(e) as string, [], n);
          return true;
        }
        return false;
      }
      default:
        return false;
    }
  }

  private topLevel(ctx: Ctx): boolean {
    return ctx.module && !ctx.ns && ctx.qual === undefined;
  }

  // ---------------------------------------------------------------- symbols

  private newSymbol(spec: SymSpec, ctx: Ctx): SymB {
    const { snap } = this;
    const container = spec.container ?? ctx.qual;
    const qualname = container ? `${container}.${spec.name}` : spec.name;
    const start = spec.start ?? spec.outer.s;
    let sigEnd = spec.outer.e;
    if (spec.body) {
      const kids = spec.node.k;
      let i = kids.indexOf(spec.body) - 1;
      while (i >= 0 && kids[i].t === 'comment') i--;
      sigEnd = i >= 0 ? kids[i].e : spec.body.s;
    }
    const doc = this.docFor(spec.outer, start);
    let typeAnnotations = spec.sig.returnType ? 1 : 0;
    for (const p of spec.sig.params) if (p.type) typeAnnotations++;
    const info: SymbolInfo = {
      kind: spec.kind,
      name: spec.name,
      qualname,
      range: snap.span(start, spec.outer.e),
      sigRange: snap.span(start, Math.max(start, sigEnd)),
      bodyRange: spec.body ? snap.span(spec.body.s, spec.body.e) : undefined,
      signature: spec.sig,
      exported: spec.exported,
      public: spec.eligible,
      hasDoc: doc !== '',
      docHash: doc ? sha256Hex(docBody(doc)) : '',
      deprecated: doc.includes('@deprecated'),
      bodyHash: '',
      bodyTokens: [],
      calls: [],
      metrics: { cc: 1, loopNest: 0, branches: 0, awaits: 0, tries: 0, typeAnnotations },
      uid: '',
    };
    if (container) info.container = container;
    this.res.symbols.push(info);
    return { info, calls: new Set(), body: spec.body };
  }

  /** Body tokens, hash and calls once the body has been visited; calls also count for the parent. */
  private finishSymbol(b: SymB, parent: SymB | undefined): void {
    if (b.body) {
      const { tokens, hash } = tokensAndHash(this.snap, b.body.s, b.body.e, b.info.name);
      if (Array.isArray(tokens)) b.info.bodyTokens = tokens;
      else setLazyBodyTokens(b.info, tokens);
      b.info.bodyHash = hash;
    }
    b.info.calls = [...b.calls];
    if (parent) for (const c of b.calls) parent.calls.add(c);
  }

  /**
   * The `/** … *\/` comment right before `outer` (before its decorators), or ''. `index`: outer's
   * position among its siblings when the caller knows it (a class body's loop: no indexOf per
   * member, which was O(members²) per keystroke in a 6,500-line class).
   */
  private docFor(outer: SNode, start: number, index?: number): string {
    const p = outer.p;
    if (!p) return this.topDoc;
    const kids = p.k;
    let i = (index !== undefined && kids[index] === outer ? index : kids.indexOf(outer)) - 1;
    while (i >= 0 && kids[i].t === 'decorator') i--;
    const c = kids[i];
    if (!c || c.t !== 'comment') return '';
    if (this.snap.row(c.e) < this.snap.row(start) - 1) return '';
    const text = this.text(c);
    return text.startsWith('/**') ? text : '';
  }

  /** A function-like symbol: declarations, bound function/arrow expressions, methods. */
  private fnSymbol(
    fn: SNode, name: string, outer: SNode, ctx: Ctx, exported: boolean, eligible: boolean,
    opts: { kind?: SymbolKind; container?: string; start?: number; decorators?: string[]; callKind?: Signature['callKind'] } = {},
  ): void {
    const body = fieldOf(fn, 'body');
    const sig = signatureOf(this.snap, fn, opts.decorators ?? [], opts.callKind);
    const b = this.newSymbol({
      kind: opts.kind ?? 'fn', name, outer, start: opts.start, node: fn, body, sig, exported, eligible, container: opts.container,
    }, ctx);
    if (body) this.visit(body, { qual: b.info.qualname, sym: b, loop: 0, module: false, ns: false });
    this.finishSymbol(b, ctx.sym);
  }

  private classSymbol(cls: SNode, name: string, outer: SNode, ctx: Ctx, exported: boolean, decorators: string[], eligible: boolean, container?: string): void {
    const body = fieldOf(cls, 'body');
    const heritage = cls.k.find((c) => c.t === 'class_heritage');
    const sig: Signature = {
      params: [],
      async: false,
      generator: false,
      decorators: [...decorators, ...decoratorTexts(this.snap, cls.k)],
      text: heritage ? normalizeWs(this.text(heritage)) : '',
    };
    const b = this.newSymbol({ kind: 'class', name, outer, node: cls, body, sig, exported, eligible, container }, ctx);
    if (body) this.classBody(body, { qual: b.info.qualname, sym: b, loop: 0, module: false, ns: false }, eligible);
    this.finishSymbol(b, ctx.sym);
  }

  private isPrivate(member: SNode, name: string): boolean {
    if (name.startsWith('#')) return true;
    for (const c of member.k) if (c.t === 'accessibility_modifier' && this.text(c) === 'private') return true;
    return false;
  }

  private classBody(body: SNode, ctx: Ctx, classEligible: boolean): void {
    let decos: SNode[] = [];
    const kids = body.k;
    for (let i = 0; i < kids.length; i++) {
      const m = kids[i];
      if (m.t === 'decorator') { decos.push(m); continue; }
      if (m.t === 'comment' || m.t === '{' || m.t === '}' || m.t === ';' || m.t === ',') continue;
      const pending = decos;
      decos = [];
      if (m.k === OPAQUE) {
        // The walk never leaves a member opaque after a decorator (syntax-snapshot afterDecorator).
        if (pending.length) throw new Error(`internal: opaque ${m.t} after a decorator`);
        this.opaqueMember(m, ctx, 'class', classEligible, i);
      } else {
        const entry = pending.length === 0 ? this.snap.stored.get(m) : undefined;
        if (entry) this.capturedMember(m, entry, ctx, classEligible, i);
        else this.classMember(m, pending, ctx, classEligible);
      }
    }
  }

  /** One member of a class body; `pending`: the decorators before it (siblings in JS). */
  classMember(m: SNode, pending: SNode[], ctx: Ctx, classEligible: boolean): void {
    const start = pending.length ? pending[0].s : undefined;
    switch (m.t) {
      case 'method_definition':
      case 'method_signature':
      case 'abstract_method_signature': {
        const name = this.keyName(fieldOf(m, 'name')) ?? '';
        const callKind: Signature['callKind'] = hasToken(m, 'get') ? 'getter' : hasToken(m, 'set') ? 'setter' : hasToken(m, 'static') ? 'static' : undefined;
        this.fnSymbol(m, name, m, ctx, false, classEligible && !this.isPrivate(m, name), {
          kind: 'method', start, callKind, decorators: decoratorTexts(this.snap, [...pending, ...m.k]),
        });
        break;
      }
      case 'public_field_definition':
      case 'field_definition': {
        const nameNode = fieldOf(m, 'name') ?? fieldOf(m, 'property');
        const value = fieldOf(m, 'value');
        const fn = value && unwrap(value);
        if (nameNode && fn && FN_EXPR.has(fn.t)) {
          const name = this.keyName(nameNode) ?? '';
          const sig = signatureOf(this.snap, fn, decoratorTexts(this.snap, [...pending, ...m.k]), hasToken(m, 'static') ? 'static' : undefined);
          const fbody = fieldOf(fn, 'body');
          const b = this.newSymbol({
            kind: 'method', name, outer: m, start, node: fn, body: fbody, sig, exported: false,
            eligible: classEligible && !this.isPrivate(m, name),
          }, ctx);
          if (fbody) this.visit(fbody, { qual: b.info.qualname, sym: b, loop: 0, module: false, ns: false });
          this.finishSymbol(b, ctx.sym);
        } else {
          if (ctx.sym && fieldOf(m, 'type')) ctx.sym.info.metrics.typeAnnotations++;
          if (value) this.visit(value, ctx);
        }
        break;
      }
      default:
        this.visit(m, ctx);
    }
  }

  /**
   * A member the walk left opaque (unchanged since an earlier walk): its MemberResult for this
   * context is replayed — computed once by extracting the stored subtree alone. The context key
   * holds everything the extraction of a member reads from outside it: how it is reached (class
   * body loop or generic visit), the enclosing qualname, symbol presence, loop level, scope
   * flags, eligibility, its first column and its doc comment (the only sibling it looks at).
   */
  private opaqueMember(m: SNode, ctx: Ctx, mode: 'class' | 'visit', classEligible: boolean, index?: number): void {
    const entry = this.snap.opaque.get(m);
    if (!entry) throw new Error(`internal: opaque ${m.t} at ${m.s} has no stored subtree`);
    const doc = this.docFor(m, m.s, index);
    const col = this.snap.col(m.s);
    // The same context as the member's last replay (every keystroke elsewhere in its class): its
    // result without building and hashing the context key — ~300 keys of up to a doc comment's
    // length per keystroke in a large class.
    const last = entry.last as LastReplay | undefined;
    let r = last && last.mode === mode && last.eligible === classEligible && last.sym === (ctx.sym !== undefined) && last.loop === ctx.loop
      && last.module === ctx.module && last.ns === ctx.ns && last.col === col && last.qual === ctx.qual && last.doc === doc ? last.r : undefined;
    const key = r ? '' : this.memberKey(m, ctx, mode, classEligible, index, doc, col);
    const results = (entry.results ??= new Map<string, unknown>());
    if (!r) r = results.get(key) as MemberResult | undefined;
    if (!r) {
      const local = storedSnapshot(entry, col);
      const sub = new ChunkExtractor(local, doc);
      const proxy = enclosingProxy(ctx);
      const subCtx: Ctx = { ...ctx, sym: proxy };
      if (mode === 'class') sub.classMember(local.root, [], subCtx, classEligible);
      else sub.visit(local.root, subCtx);
      const res = sub.res;
      // Stored for later versions: its qualnames are built on the enclosing qualname, a slice of
      // this version (flat-strings.ts; a heap snapshot found them keeping whole buffers alive).
      r = flattenStrings({
        symbols: res.symbols, types: res.types, imports: res.imports, exportAliases: res.exportAliases,
        exportedNames: res.exportedNames, testCases: res.testCases,
        ...(proxy ? { metrics: proxy.info.metrics, calls: [...proxy.calls] } : {}),
      });
      // The key holds the doc comment and qualname: slices of this version (flat-strings.ts).
      results.set(flatCopy(key), r);
    }
    if (r !== last?.r) {
      entry.last = { mode, eligible: classEligible, sym: ctx.sym !== undefined, loop: ctx.loop, module: ctx.module, ns: ctx.ns, col, qual: ctx.qual === undefined ? undefined : flatCopy(ctx.qual), doc: flatCopy(doc), r } satisfies LastReplay;
    }
    memberReplays++;
    const off = this.snap.row(m.s);
    const out = this.res;
    let placed = r.placed;
    if (placed?.off !== off) r.placed = placed = { off, ...shiftParts(r, off) };
    for (const s of placed.symbols) out.symbols.push(s);
    for (const t of placed.types) out.types.push(t);
    for (const im of placed.imports) out.imports.push(im);
    for (const a of r.exportAliases) out.exportAliases.push(a);
    for (const n of r.exportedNames) out.exportedNames.push(n);
    out.testCases += r.testCases;
    this.addToEnclosing(r, ctx);
  }

  /**
   * The context key of a member's results: everything the extraction of a member reads from
   * outside it (see opaqueMember).
   */
  private memberKey(m: SNode, ctx: Ctx, mode: 'class' | 'visit', classEligible: boolean, index?: number, doc = this.docFor(m, m.s, index), col = this.snap.col(m.s)): string {
    return `${mode}|${classEligible ? 1 : 0}|${ctx.sym ? 1 : 0}|${ctx.loop}|${ctx.module ? 1 : 0}|${ctx.ns ? 1 : 0}|${col}|${ctx.qual === undefined ? '\u0000' : ctx.qual}|${doc}`;
  }

  /**
   * A class member this walk stored (syntax-snapshot `stored`): extracted in place, as
   * classMember does, while what it adds is recorded as the stored subtree's MemberResult for
   * this context — the result opaqueMember would otherwise compute, on the next version where
   * the member is opaque, by placing a copy of it and extracting it alone again (issue 14: in a
   * large class, each keystroke re-extracted the member the previous keystroke edited). The
   * enclosing symbol gets the member's metrics and calls through a proxy, exactly as a replay
   * gives them.
   */
  private capturedMember(m: SNode, entry: StoredSubtree, ctx: Ctx, classEligible: boolean, index: number): void {
    const key = this.memberKey(m, ctx, 'class', classEligible, index);
    const results = (entry.results ??= new Map<string, unknown>());
    if (results.has(key)) {
      this.classMember(m, [], ctx, classEligible);
      return;
    }
    const proxy = enclosingProxy(ctx);
    const out = this.res;
    const n0 = out.symbols.length;
    const t0 = out.types.length;
    const i0 = out.imports.length;
    const a0 = out.exportAliases.length;
    const e0 = out.exportedNames.length;
    const c0 = out.testCases;
    this.classMember(m, [], { ...ctx, sym: proxy }, classEligible);
    const off = this.snap.row(m.s);
    const r: MemberResult = {
      ...shiftParts({ symbols: out.symbols.slice(n0), types: out.types.slice(t0), imports: out.imports.slice(i0) }, -off),
      exportAliases: out.exportAliases.slice(a0),
      exportedNames: out.exportedNames.slice(e0),
      testCases: out.testCases - c0,
      ...(proxy ? { metrics: proxy.info.metrics, calls: [...proxy.calls] } : {}),
    };
    // Stored for later versions: no slice of this version's text may stay in it (flat-strings.ts).
    results.set(flatCopy(key), flattenStrings(r));
    this.addToEnclosing(r, ctx);
  }

  /** What a member's extraction did to the enclosing symbol: metric increments, deepest loop, calls. */
  private addToEnclosing(r: MemberResult, ctx: Ctx): void {
    const sym = ctx.sym;
    if (sym && r.metrics && r.calls) {
      const m0 = sym.info.metrics;
      const d = r.metrics;
      m0.cc += d.cc;
      m0.branches += d.branches;
      m0.awaits += d.awaits;
      m0.tries += d.tries;
      m0.typeAnnotations += d.typeAnnotations;
      if (d.loopNest > m0.loopNest) m0.loopNest = d.loopNest;
      for (const c of r.calls) sym.calls.add(c);
    }
  }

  /** `const f = () => …`, `const K = class {…}`, `const obj = {…}`, `const x = require('x')`. */
  private variables(n: SNode, outer: SNode, ctx: Ctx, exported: boolean): void {
    const decls = n.k.filter((c) => c.t === 'variable_declarator');
    for (const d of decls) {
      const nameNode = fieldOf(d, 'name');
      const value = fieldOf(d, 'value');
      if (ctx.sym && fieldOf(d, 'type')) ctx.sym.info.metrics.typeAnnotations++;
      if (!nameNode || !value) continue;
      const rangeNode = decls.length === 1 ? outer : d;
      const v = unwrap(value);
      if (nameNode.t === 'identifier') {
        const name = this.text(nameNode);
        if (FN_EXPR.has(v.t)) {
          this.fnSymbol(v, name, rangeNode, ctx, exported, this.topLevel(ctx));
          continue;
        }
        if (v.t === 'class') {
          this.classSymbol(v, name, rangeNode, ctx, exported, [], this.topLevel(ctx));
          continue;
        }
        // `var _ = root._ = function (obj) {…}`: a chain of plain member assignments ending in a
        // function still binds the variable to it (§3.1's `var f = function` form, read through the
        // chain as batch 14 read `exports.Ids = internals.Ids = class`; held-out batch 22c-6,
        // underscore 4f0afda6). A chain through an exports or prototype form is left to those forms.
        const chained = this.plainMemberChainValue(v);
        if (chained && FN_EXPR.has(chained.t)) {
          this.fnSymbol(chained, name, rangeNode, ctx, exported, this.topLevel(ctx));
          continue;
        }
        // `const proto = (SchemaType.prototype = {…})`: a declaration whose value is an assignment
        // to an exports or prototype form binds what that form binds — `SchemaType.m` for the
        // literal's methods (§3.1's `Foo.prototype.bar` form; `Foo.prototype = {…}` as a statement
        // already did). The chain left to those forms above reached them only as statements
        // (held-out batch 23a, yup edc1bc8a / 5dae8374: no symbol of mixed.js's prototype literal).
        if (v.t === 'assignment_expression' && this.assignment(v, rangeNode, ctx)) continue;
        if (ctx.module) {
          // `export const obj = {…}`: obj is no symbol but its methods are public when it is exported.
          if (exported) this.res.exportedNames.push(name);
          if (v.t === 'object' && !ctx.ns) {
            this.objectLiteral(v, name, ctx, 'members');
            continue;
          }
          if (v.t === 'identifier' && exported) {
            // `export const old = renamed;` keeps the old name (spec §3.7 I2).
            const target = this.text(v);
            this.res.exportAliases.push({ name, target });
            this.res.exportedNames.push(target);
            continue;
          }
          const spec = this.requireSpec(v);
          if (spec !== undefined) {
            this.addImport(spec, ['default'], rangeNode, v.t === 'member_expression' ? this.requireImported(v) : undefined);
            continue;
          }
        }
      } else if (ctx.module) {
        const spec = this.requireSpec(v);
        if (spec !== undefined) {
          this.addImport(spec, this.patternNames(nameNode), rangeNode, this.patternImported(nameNode));
          continue;
        }
      }
      this.visit(value, ctx);
    }
  }

  /**
   * The module's own names a `const { a, b: c } = require('m')` takes (a, b), when one is renamed
   * (else undefined, as for ES imports: `ImportInfo.imported`): the move evidence of §3.2 reads
   * the name the source module declares (held-out batch 15a left this CommonJS form open).
   */
  private patternImported(p: SNode): string[] | undefined {
    if (p.t !== 'object_pattern') return undefined;
    const out: string[] = [];
    let aliased = false;
    for (const c of p.k) {
      if (c.t === 'shorthand_property_identifier_pattern') out.push(this.text(c));
      else if (c.t === 'object_assignment_pattern') {
        const l = fieldOf(c, 'left');
        if (l) out.push(this.text(l));
      } else if (c.t === 'pair_pattern') {
        const key = this.keyName(fieldOf(c, 'key'));
        if (key === undefined) return undefined;
        out.push(key);
        let v = fieldOf(c, 'value');
        if (v?.t === 'assignment_pattern') v = fieldOf(v, 'left');
        if (!v || v.t !== 'identifier' || this.text(v) !== key) aliased = true;
      }
    }
    return aliased ? out : undefined;
  }

  /** Names bound by a destructuring pattern (`{ a, b: c }` → a, c). */
  private patternNames(p: SNode): string[] {
    const out: string[] = [];
    const walk = (n: SNode): void => {
      if (n.t === 'identifier' || n.t === 'shorthand_property_identifier_pattern') out.push(this.text(n));
      else if (n.t === 'pair_pattern') { const v = fieldOf(n, 'value'); if (v) walk(v); }
      else if (n.t === 'assignment_pattern') { const l = fieldOf(n, 'left'); if (l) walk(l); }
      else for (const c of n.k) walk(c);
    };
    walk(p);
    return out;
  }

  /**
   * Methods and function-valued properties of a module-level object literal. `members`:
   * `obj.m` (kind method); `exports`: the properties of `module.exports = {…}`, which are the
   * module's exports themselves (`f`, kind fn, exported).
   */
  private objectLiteral(obj: SNode, base: string, ctx: Ctx, mode: 'members' | 'exports'): void {
    for (const c of obj.k) {
      if (c.t === 'method_definition') {
        const name = this.keyName(fieldOf(c, 'name')) ?? '';
        const callKind: Signature['callKind'] = hasToken(c, 'get') ? 'getter' : hasToken(c, 'set') ? 'setter' : undefined;
        if (mode === 'members') this.fnSymbol(c, name, c, ctx, false, true, { kind: 'method', container: base, callKind });
        else this.fnSymbol(c, name, c, ctx, true, true, { callKind });
      } else if (c.t === 'pair') {
        const key = fieldOf(c, 'key');
        const value = fieldOf(c, 'value');
        if (!key || !value) continue;
        const name = key.t === 'computed_property_name' ? undefined : this.keyName(key);
        const v = unwrap(value);
        if (name !== undefined && FN_EXPR.has(v.t)) {
          if (mode === 'members') this.fnSymbol(v, name, c, ctx, false, true, { kind: 'method', container: base });
          else this.fnSymbol(v, name, c, ctx, true, true);
        } else if (name !== undefined && mode === 'exports' && v.t === 'identifier') {
          const target = this.text(v);
          this.res.exportedNames.push(target);
          if (target !== name) this.res.exportAliases.push({ name, target });
        } else {
          this.visit(value, ctx);
        }
      } else if (c.t === 'shorthand_property_identifier') {
        if (mode === 'exports') this.res.exportedNames.push(this.text(c));
      } else if (c.t !== 'comment') {
        this.visit(c, ctx);
      }
    }
  }

  /** `a.b.c` as ['a','b','c'] when every part is a plain name. */
  private memberChain(n: SNode): string[] | undefined {
    if (n.t === 'identifier' || n.t === 'property_identifier') return [this.text(n)];
    if (n.t !== 'member_expression') return undefined;
    const obj = fieldOf(n, 'object');
    const prop = fieldOf(n, 'property');
    if (!obj || !prop || prop.t !== 'property_identifier') return undefined;
    const head = this.memberChain(obj);
    return head ? [...head, this.text(prop)] : undefined;
  }

  /**
   * The value `a.b = c.d = value` ends in when every target of the chain is a plain member
   * (`root._`, `_.each`) — not an `exports` / `module.exports` form, not a prototype member, and no
   * bare variable; undefined when `n` is no such assignment.
   */
  private plainMemberChainValue(n: SNode): SNode | undefined {
    if (n.t !== 'assignment_expression') return undefined;
    let v = n;
    while (v.t === 'assignment_expression') {
      const left = fieldOf(v, 'left');
      const right = fieldOf(v, 'right');
      if (!left || !right || left.t !== 'member_expression') return undefined;
      const chain = this.memberChain(left);
      if (!chain || chain[0] === 'exports' || chain[0] === 'module' || chain.includes('prototype')) return undefined;
      v = unwrap(right);
    }
    return v;
  }

  /** CommonJS exports and prototype methods. Returns false when the assignment binds nothing. */
  private assignment(a: SNode, outer: SNode, ctx: Ctx): boolean {
    const left = fieldOf(a, 'left');
    const right = fieldOf(a, 'right');
    // A plain identifier chained into an exports form binds what that form binds (§3.1's
    // `exports.f` / `module.exports` forms; anonymous → `default`, batch 14): CommonJS's `exports =
    // module.exports = function (…) {…}` (also behind a declaration, `var parser = exports =
    // module.exports = function`) and compiled CoffeeScript's `dom = exports.dom = function` (a
    // local bound first, at the wrapper IIFE's level). The chain started with an identifier no form
    // read, so the function was no symbol (held-out batch 24a, cheerio 8cc9f7ba: the new
    // parse.js's parser; 93cc9eb2: manipulation.js's removed `dom`). A chain with no exports form
    // (`x = helpers.x = function`) is left as it was.
    if (left?.t === 'identifier' && right) {
      const inner = unwrap(right);
      if (inner.t !== 'assignment_expression') return false;
      const innerLeft = fieldOf(inner, 'left');
      const innerChain = innerLeft?.t === 'member_expression' ? this.memberChain(innerLeft) : undefined;
      if (!innerChain || !(innerChain[0] === 'exports' || (innerChain[0] === 'module' && innerChain[1] === 'exports'))) return false;
      return this.assignment(inner, outer, ctx);
    }
    if (!left || !right || left.t !== 'member_expression') return false;
    const chain = this.memberChain(left);
    if (!chain) return false;
    const unqualified = ctx.qual === undefined;
    const exportsForm = chain[0] === 'exports' || (chain[0] === 'module' && chain[1] === 'exports');
    // `exports.Ids = internals.Ids = class {…}`, `module.exports = exports = internals.T = class
    // {…}` (hapi's style): the value an exports form is bound to is the last one of the chain —
    // the spec's `exports.f = …` / `module.exports = …` forms (§3.1; held-out batch 14, joi).
    const v = exportsForm ? chainedValue(unwrap(right)) : unwrap(right);
    if (chain.length === 2 && chain[0] === 'module' && chain[1] === 'exports') {
      if (!unqualified) return false;
      if (v.t === 'identifier') {
        this.res.exportedNames.push(this.text(v));
      } else if (FN_EXPR.has(v.t) || v.t === 'class') {
        const own = fieldOf(v, 'name');
        const name = own ? this.text(own) : 'default';
        if (v.t === 'class') this.classSymbol(v, name, outer, ctx, true, [], true);
        else this.fnSymbol(v, name, outer, ctx, true, true);
      } else if (v.t === 'object') {
        this.objectLiteral(v, '', ctx, 'exports');
      } else {
        return false;
      }
      return true;
    }
    let exportName: string | undefined;
    if (chain.length === 2 && chain[0] === 'exports') exportName = chain[1];
    else if (chain.length === 3 && chain[0] === 'module' && chain[1] === 'exports') exportName = chain[2];
    if (exportName !== undefined && unqualified) {
      if (FN_EXPR.has(v.t)) {
        this.fnSymbol(v, exportName, outer, ctx, true, true);
      } else if (v.t === 'class') {
        this.classSymbol(v, exportName, outer, ctx, true, [], true);
      } else if (v.t === 'identifier') {
        const target = this.text(v);
        this.res.exportedNames.push(target);
        if (target !== exportName) this.res.exportAliases.push({ name: exportName, target });
      } else if (ctx.module && this.requireSpec(v) !== undefined) {
        // `exports.query = require('./middleware/query')`: a module-level import re-exported.
        this.addImport(this.requireSpec(v) as string, [exportName], outer, this.requireImported(v) ?? []);
      } else {
        this.visit(right, ctx);
      }
      return true;
    }
    if (chain.length === 3 && chain[1] === 'prototype' && FN_EXPR.has(v.t)) {
      const container = ctx.qual ? `${ctx.qual}.${chain[0]}` : chain[0];
      this.fnSymbol(v, chain[2], outer, ctx, false, unqualified, { kind: 'method', container });
      return true;
    }
    if (chain.length === 2 && chain[1] === 'prototype' && v.t === 'object' && unqualified) {
      this.objectLiteral(v, chain[0], ctx, 'members');
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- imports and exports

  private addImport(spec: string, names: string[], at: SNode, imported?: string[]): void {
    const info: ImportInfo = { spec, names, line: this.snap.row(at.s), endLine: this.snap.row(at.e) };
    if (imported) info.imported = imported;
    this.res.imports.push(info);
  }

  /**
   * The name module `x` declares that `require('x')` (its module.exports: `default`) or
   * `require('x').prop` (`prop`) takes, for §3.2's import evidence, which reads the source
   * module's own name, not the one the importer binds (held-out batch 18, chai 3f0983a3:
   * `exports.expect = require('./interface/expect')` takes expect.js's anonymous default). A
   * bare `require` needs no entry where the binding already records `default`; a call's result
   * (`require('x')(…)`) names nothing of x.
   */
  private requireImported(v: SNode): string[] | undefined {
    if (v.t === 'call_expression' && fieldOf(v, 'function')?.t === 'identifier') return ['default'];
    if (v.t !== 'member_expression') return undefined;
    const obj = fieldOf(v, 'object');
    const prop = fieldOf(v, 'property');
    if (obj?.t !== 'call_expression' || fieldOf(obj, 'function')?.t !== 'identifier' || !prop) return undefined;
    return [this.text(prop)];
  }

  /**
   * `require('x')` → 'x'; also `require('x').prop` and `require('x')(…)` (held-out batch 4,
   * docs/accuracy.md: commander 85450a04 `require('graceful-readlink').readlinkSync`, express
   * `require('depd')('express')`, `require('es6-promise').Promise` — the module is imported all
   * the same, only what is kept of it differs).
   */
  private requireSpec(n: SNode): string | undefined {
    for (let hops = 0; hops < 4; hops++) {
      const inner = n.t === 'member_expression' ? fieldOf(n, 'object') : n.t === 'call_expression' ? fieldOf(n, 'function') : undefined;
      if (!inner || (inner.t !== 'member_expression' && inner.t !== 'call_expression')) break;
      n = inner;
    }
    if (n.t !== 'call_expression') return undefined;
    const fn = fieldOf(n, 'function');
    if (!fn || fn.t !== 'identifier' || this.text(fn) !== 'require') return undefined;
    const args = fieldOf(n, 'arguments');
    const first = args?.k.find((c) => c.t !== '(' && c.t !== ')' && c.t !== 'comment');
    return this.stringValue(first);
  }

  /**
   * An AMD module, `define([deps…], factory)` or `define('id', [deps…], factory)` run at module
   * level, imports each dependency it lists (held-out batch 22b, jquery 3a8e4474: deprecated.js's
   * define list gained "./var/slice", bound to the factory's new `slice` parameter). The
   * pseudo-dependencies `require`, `exports` and `module` name no module. Each import is at its
   * string. A call without a literal array of strings followed by a factory is not AMD's.
   */
  private amdDefine(n: SNode): void {
    const args = fieldOf(n, 'arguments')?.k.filter((c) => c.t !== '(' && c.t !== ')' && c.t !== ',' && c.t !== 'comment') ?? [];
    const at = args[0]?.t === 'string' ? 1 : 0;
    const deps = args[at];
    if (!deps || deps.t !== 'array' || args.length !== at + 2) return;
    const items = deps.k.filter((c) => c.t !== '[' && c.t !== ']' && c.t !== ',' && c.t !== 'comment');
    if (!items.every((c) => c.t === 'string')) return;
    for (const c of items) {
      const spec = this.stringValue(c);
      if (spec === undefined || spec === 'require' || spec === 'exports' || spec === 'module') continue;
      this.addImport(spec, [], c);
    }
  }

  private importStatement(n: SNode): void {
    let spec = this.stringValue(fieldOf(n, 'source'));
    const names: string[] = [];
    // The source module's names, parallel to `names`; kept only when an alias renames one.
    const imported: string[] = [];
    let aliased = false;
    for (const c of n.k) {
      if (c.t === 'import_clause') {
        for (const x of c.k) {
          if (x.t === 'identifier') { names.push('default'); imported.push('default'); }
          else if (x.t === 'namespace_import') { names.push('*'); imported.push('*'); }
          else if (x.t === 'named_imports') {
            for (const s of x.k) {
              if (s.t !== 'import_specifier') continue;
              const name = fieldOf(s, 'name');
              const local = fieldOf(s, 'alias') ?? name;
              if (!local) continue;
              const bound = this.keyName(local) ?? '';
              const own = name ? this.keyName(name) ?? '' : bound;
              names.push(bound);
              imported.push(own);
              if (own !== bound) aliased = true;
            }
          }
        }
      } else if (c.t === 'import_require_clause') {
        names.push('default');
        imported.push('default');
        spec = this.stringValue(fieldOf(c, 'source')) ?? this.stringValue(c.k.find((x) => x.t === 'string'));
      }
    }
    if (spec !== undefined) this.addImport(spec, names, n, aliased ? imported : undefined);
  }

  private exportStatement(n: SNode, ctx: Ctx): void {
    const decos = decoratorTexts(this.snap, n.k);
    const isDefault = hasToken(n, 'default');
    const decl = fieldOf(n, 'declaration');
    if (decl) {
      if (!this.declaration(decl, n, ctx, true, decos)) this.visit(decl, ctx);
      const nameNode = fieldOf(decl, 'name');
      if (isDefault && nameNode) this.res.exportAliases.push({ name: 'default', target: this.text(nameNode) });
      return;
    }
    const value = fieldOf(n, 'value');
    if (value) {
      // export default <expression>
      const v = unwrap(value);
      const own = fieldOf(v, 'name');
      if (v.t === 'identifier') {
        const target = this.text(v);
        this.res.exportedNames.push(target);
        this.res.exportAliases.push({ name: 'default', target });
      } else if (FN_EXPR.has(v.t) || v.t === 'class') {
        const name = own ? this.text(own) : 'default';
        if (own) this.res.exportAliases.push({ name: 'default', target: name });
        if (v.t === 'class') this.classSymbol(v, name, n, ctx, true, decos, this.topLevel(ctx));
        else this.fnSymbol(v, name, n, ctx, true, this.topLevel(ctx));
      } else if (v.t === 'object' && ctx.module) {
        this.res.exportedNames.push('default');
        this.objectLiteral(v, 'default', ctx, 'members');
      } else {
        this.visit(value, ctx);
      }
      return;
    }
    const from = this.stringValue(fieldOf(n, 'source'));
    const clause = n.k.find((c) => c.t === 'export_clause');
    if (from !== undefined) {
      const names: string[] = [];
      if (clause) {
        for (const s of clause.k) {
          if (s.t !== 'export_specifier') continue;
          const nameNode = fieldOf(s, 'name');
          if (!nameNode) continue;
          const target = this.keyName(nameNode) ?? '';
          const alias = fieldOf(s, 'alias');
          names.push(target);
          this.res.exportAliases.push({ name: alias ? this.keyName(alias) ?? '' : target, target, from });
        }
      } else {
        const nsExport = n.k.find((c) => c.t === 'namespace_export');
        const nsName = nsExport?.k.find((c) => c.t === 'identifier' || c.t === 'string');
        names.push('*');
        this.res.exportAliases.push({ name: nsName ? this.keyName(nsName) ?? '*' : '*', target: '*', from });
      }
      this.addImport(from, names, n);
      return;
    }
    if (clause) {
      for (const s of clause.k) {
        if (s.t !== 'export_specifier') continue;
        const nameNode = fieldOf(s, 'name');
        if (!nameNode) continue;
        const target = this.keyName(nameNode) ?? '';
        const alias = fieldOf(s, 'alias');
        this.res.exportedNames.push(target);
        // Every `export { x }` / `export { x as y }` is an alias entry (name = target when not
        // renamed): I2 and the package surface (gates/public-surface.ts) see imported names
        // exported again, which `exportedNames` alone does not record.
        this.res.exportAliases.push({ name: alias ? this.keyName(alias) ?? '' : target, target });
      }
      return;
    }
    if (hasToken(n, '=')) {
      // TS `export = foo;`
      const id = n.k.find((c) => c.t === 'identifier');
      if (id) this.res.exportedNames.push(this.text(id));
      return;
    }
    this.visitKids(n, ctx);
  }

  // ---------------------------------------------------------------- calls and tests

  private calleeName(c: SNode): string | undefined {
    if (c.t === 'identifier') return this.text(c);
    if (c.t === 'member_expression') {
      const p = fieldOf(c, 'property');
      return p ? this.text(p) : undefined;
    }
    return undefined;
  }

  private call(n: SNode, ctx: Ctx): void {
    const fn = fieldOf(n, 'function');
    if (!fn) return;
    if (fn.t === 'import') {
      const args = fieldOf(n, 'arguments');
      const spec = this.stringValue(args?.k.find((c) => c.t !== '(' && c.t !== ')' && c.t !== 'comment'));
      if (spec !== undefined) this.addImport(spec, [], n);
      return;
    }
    // A `require('x')` run at module level imports x wherever it stands (`x = require(…)` in an
    // `if`, a require inside a module-level call's arguments); the declaration and export forms
    // record theirs without visiting it (held-out batch 8: pino 03952330, bcaacba7).
    if (ctx.module && fn.t === 'identifier' && this.text(fn) === 'require') {
      const spec = this.requireSpec(n);
      if (spec !== undefined) this.addImport(spec, [], n);
    }
    if (ctx.module && fn.t === 'identifier' && this.text(fn) === 'define') this.amdDefine(n);
    const name = this.calleeName(fn);
    if (ctx.sym && name) ctx.sym.calls.add(name);
    // `f.call(thisArg, …)` and `f.apply(thisArg, args)` call `f` (spec §3.3 "G now calls F"; pino
    // 72df513a4f: the new wrapper `asJson` runs the old body, now `_asJson`, as `_asJson.call(this,
    // …)` — an extraction §3.3 could not see, and ADD_FN spanned 94 unchanged lines: an I3 FAIL;
    // held-out batch 23b, ajv d1ff86ef: `resolveRecursive.call(this, …)`). `f.bind(…)` runs nothing.
    if (ctx.sym && fn.t === 'member_expression' && (name === 'call' || name === 'apply')) {
      const obj = fieldOf(fn, 'object');
      if (obj?.t === 'identifier') ctx.sym.calls.add(this.text(obj));
    }
    if (fn.t === 'identifier') {
      if (name === 'it' || name === 'test') this.res.testCases++;
    } else if (fn.t === 'member_expression') {
      const obj = fieldOf(fn, 'object');
      if (obj && obj.t === 'identifier' && name && TEST_MODIFIERS.has(name)) {
        const o = this.text(obj);
        if (o === 'it' || o === 'test') this.res.testCases++;
      }
    }
  }
}

function chunk(node: Node, src: string): ChunkResult {
  const snap = snapshot(node, src, SNAPSHOT);
  // A childless top-level node (a stray `[` of an unparseable file) holds no symbol to document;
  // skipping the wasm previousSibling walk (linear in the root's children) keeps 20,000 stray
  // tokens linear (issue 11 item 2).
  const ex = new ChunkExtractor(snap, snap.root.k.length > 0 ? leadingDocComment(node) : '');
  ex.visit(snap.root, { loop: 0, module: true, ns: false });
  const res = ex.res;
  const rows = rowsOf(snap);
  res.codeRows = rows.codeRows;
  res.commentOnlyRows = rows.commentOnlyRows;
  if (node.hasError) res.parseErrors = parseProblems(snap);
  return res;
}

/**
 * File-level pass (spec §3.7 I2): overload signatures fold into their implementation, names
 * exported by other statements mark their top-level symbols/types exported, and `public` —
 * which chunk() set to "eligible" (top-level, or a non-private member of a top-level container)
 * — is kept only for exported symbols, members of exported containers and exported types of
 * non-test files.
 */
function finish(file: FileAnalysis, exportedNames: Set<string>, isTestFile: boolean): void {
  file.symbols = foldOverloads(file.symbols);
  const exportedTop = new Set(exportedNames);
  for (const s of file.symbols) {
    if (s.container === undefined && s.public) {
      if (exportedNames.has(s.name)) s.exported = true;
      if (s.exported) exportedTop.add(s.name);
    }
  }
  for (const s of file.symbols) {
    if (isTestFile || !s.public) s.public = false;
    else if (s.container === undefined) s.public = s.exported;
    else s.public = s.kind === 'method' && exportedTop.has(s.container);
  }
  for (const t of file.types) {
    if (exportedNames.has(t.name)) t.exported = true;
    t.public = t.public && t.exported && !isTestFile;
  }
}

/**
 * TS overloads: bodiless signatures with the same qualname as an implementation are dropped
 * (the implementation inherits their doc comment when it has none); when there is no
 * implementation (`declare`, abstract) the first signature stays as the one bodiless symbol,
 * carrying the others in `overloads`.
 */
function foldOverloads(symbols: SymbolInfo[]): SymbolInfo[] {
  const byName = new Map<string, SymbolInfo[]>();
  let dup = false;
  for (const s of symbols) {
    if (s.kind === 'class') continue;
    const list = byName.get(s.qualname);
    if (list) { list.push(s); dup = true; } else byName.set(s.qualname, [s]);
  }
  if (!dup) return symbols;
  const drop = new Set<SymbolInfo>();
  const kept = new Map<SymbolInfo, SymbolInfo>();
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    const bodiless = list.filter((s) => !s.bodyRange);
    if (bodiless.length === 0) continue; // getter + setter pair: both stay
    const impl = list.find((s) => s.bodyRange);
    if (impl) {
      for (const s of bodiless) drop.add(s);
      const documented = bodiless.find((s) => s.hasDoc);
      if (!impl.hasDoc && documented) {
        impl.hasDoc = true;
        impl.docHash = documented.docHash;
        impl.deprecated = impl.deprecated || documented.deprecated;
      }
    } else {
      for (const s of bodiless.slice(1)) drop.add(s);
      // The other signatures are part of the function's contract (held-out batch 4, commander
      // e85e05a5 renamed a parameter of `option`'s second overload in the typings): kept on a
      // copy — symbols can come from a chunk cache shared with other versions of the file.
      // Its range runs to the last signature, so that an edit there touches the function.
      const first = bodiless[0];
      const last = bodiless[bodiless.length - 1];
      const range = last.range.endLine > first.range.endLine ? { ...first.range, endLine: last.range.endLine, endCol: last.range.endCol } : first.range;
      kept.set(first, { ...first, range, overloads: bodiless.slice(1).map((s) => s.signature) });
    }
  }
  return symbols.filter((s) => !drop.has(s)).map((s) => kept.get(s) ?? s);
}

export const tsExtractor: LanguageExtractor = {
  chunk: (node, src) => chunk(node, src),
  finish,
};
