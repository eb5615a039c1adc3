// `.egql` documents in the language server and EGDB publishing from the editor (spec §3.10,
// §6): parse-error diagnostics at the exact position, completion (keywords, targets, fields,
// known topics), a "▶ Run" code lens above each query (the client shows the result as a
// table through glitchlab/egqlRun), and ingest of each new HEAD the server sees (not each
// keystroke). The server writes `.glx/egdb.db` only after the client said the workspace is
// trusted (glitchlab/egdbConfigure); until then it stays read-only.
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind, DiagnosticSeverity, type CodeLens, type CompletionItem, type Connection, type Diagnostic,
  type CompletionParams, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { readPolicy } from '../config/read-policy';
import { computeDelta } from '../engine/delta-engine';
import { gitChangeSet } from '../engine/git-change-set';
import { buildReport } from '../engine/report';
import { recordAnalysis } from '../egdb/record-analysis';
import { openEgdb } from '../egdb/open';
import type { Store } from '../egdb/store';
import { completeAt, splitQueries, type EgqlCompletion } from '../egql/completion';
import { compile } from '../egql/compile';
import { EgqlError, posAt } from '../egql/lexer';
import { GlxError, toGlxError, userMessage } from '../errors';
import { ErrorReporter } from './error-reporting';
import { tryParse } from '../egql/parser';
import { resolveRevisions } from '../egql/revisions';
import { ensureGlxDir } from '../util/glx-dir';
import type { GitRepo } from '../git';
import {
  CommandIds, EgdbConfigureNotification, EgqlRunRequest, lensCommand, type EgdbConfigureParams, type EgqlRunLensArgs, type EgqlRunParams, type EgqlRunResult,
} from '../protocol';
import * as path from 'node:path';

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const KIND: Record<EgqlCompletion['kind'], CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  target: CompletionItemKind.Class,
  field: CompletionItemKind.Field,
  topic: CompletionItemKind.EnumMember,
  value: CompletionItemKind.Value,
  source: CompletionItemKind.Function,
};

export const isEgqlUri = (uri: string) => /\.egql$/i.test(uri.split(/[?#]/)[0]);

/** Diagnostics of one .egql text: one per query that does not parse or compile. */
export function egqlDiagnostics(text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const q of splitQueries(text)) {
    let err: EgqlError | undefined;
    const parsed = tryParse(q.text);
    if (parsed.error) err = parsed.error;
    else {
      try {
        compile(parsed.query!, 'sqlite');
      } catch (e) {
        if (e instanceof EgqlError) err = e;
        else throw e;
      }
    }
    if (!err) continue;
    const start = posAt(text, q.offset + err.pos.offset);
    const end = posAt(text, q.offset + err.pos.offset + Math.max(1, err.length));
    out.push({
      range: { start: { line: start.line - 1, character: start.col - 1 }, end: { line: end.line - 1, character: end.col - 1 } },
      severity: DiagnosticSeverity.Error,
      source: 'egql',
      message: err.message,
    });
  }
  return out;
}

export function egqlLenses(uri: string, text: string): CodeLens[] {
  return splitQueries(text).map((q) => {
    const p = posAt(text, q.offset);
    const args: EgqlRunLensArgs = { uri, query: q.text, line: p.line - 1 };
    return { range: { start: { line: p.line - 1, character: 0 }, end: { line: p.line - 1, character: 0 } }, command: lensCommand('▶ Run', CommandIds.egqlRun, args) };
  });
}

export function egqlCompletions(text: string, offset: number): CompletionItem[] {
  // The query the cursor is in: from the end of the previous query separator.
  const qs = splitQueries(text.slice(0, offset));
  const cur = qs.length && /\S/.test(text.slice(qs[qs.length - 1].offset, offset)) && !/;\s*$|\n[ \t]*\n\s*$/.test(text.slice(0, offset)) ? text.slice(qs[qs.length - 1].offset, offset) : '';
  return completeAt(cur).map((c, i) => ({ label: c.label, kind: KIND[c.kind], detail: c.detail, insertText: c.insertText, sortText: String(i).padStart(4, '0') }));
}

export interface EgqlHost {
  repo(): GitRepo | undefined;
}

export class EgqlFeatures {
  static readonly capabilities = { completionProvider: { triggerCharacters: [' ', '(', '~', '=', ','] } };

  private readonly docs = new Map<string, TextDocument>();
  private url: string | null = null;
  private ingest = false;
  private lastHead?: string;
  private ingesting: Promise<void> = Promise.resolve();

  constructor(
    private readonly conn: Connection,
    private readonly host: EgqlHost,
    private readonly errors = new ErrorReporter(conn),
  ) {}

  listen(): void {
    this.conn.onCompletion(this.errors.request('textDocument/completion', (p: CompletionParams) => {
      const doc = this.docs.get(p.textDocument.uri);
      return doc ? egqlCompletions(doc.getText(), doc.offsetAt(p.position)) : [];
    }));
    this.errors.onRequest(EgqlRunRequest.type, (p) => this.run(p));
    this.conn.onNotification(EgdbConfigureNotification.type, (p) => this.configure(p));
  }

  handles(uri: string): boolean {
    return isEgqlUri(uri);
  }

  open(uri: string, text: string, version: number): void {
    this.docs.set(uri, TextDocument.create(uri, 'egql', version, text));
    this.validate(uri);
  }

  change(uri: string, changes: TextDocumentContentChangeEvent[], version: number): void {
    const doc = this.docs.get(uri);
    if (!doc) return;
    this.docs.set(uri, TextDocument.update(doc, changes, version));
    this.validate(uri);
  }

  close(uri: string): void {
    this.docs.delete(uri);
    void this.conn.sendDiagnostics({ uri, diagnostics: [] });
  }

  codeLenses(uri: string): CodeLens[] {
    const doc = this.docs.get(uri);
    return doc ? egqlLenses(uri, doc.getText()) : [];
  }

  private validate(uri: string): void {
    const doc = this.docs.get(uri);
    if (doc) void this.conn.sendDiagnostics({ uri, version: doc.version, diagnostics: egqlDiagnostics(doc.getText()) });
  }

  private glxDir(): string | undefined {
    const repo = this.host.repo();
    return repo ? path.join(repo.root, '.glx') : undefined;
  }

  async run(p: EgqlRunParams): Promise<EgqlRunResult> {
    const glxDir = this.glxDir();
    if (!glxDir) return { ok: false, error: 'no git repository: EGDB lives in <repo>/.glx/' };
    const parsed = tryParse(p.query);
    if (parsed.error) return { ok: false, error: parsed.error.message, line: parsed.error.pos.line, col: parsed.error.pos.col };
    const store = this.store(glxDir);
    const t0 = performance.now();
    try {
      const repo = this.host.repo();
      const q = await resolveRevisions(parsed.query!, repo ? (rev) => repo.tryRevParse(rev) : undefined);
      const c = compile(q, store.dialect);
      const r = await store.query(c.sql, c.params);
      const max = p.maxRows ?? 500;
      return { ok: true, columns: r.columns, rows: r.rows.slice(0, max), truncated: r.rows.length > max, sql: c.sql, dialect: store.dialect, store: store.location, millis: performance.now() - t0 };
    } catch (e) {
      if (e instanceof EgqlError) return { ok: false, error: e.message, line: e.pos.line, col: e.pos.col };
      // The result panel shows the one line (a held writer lock: busy, naming the lock file);
      // the stack only goes to the log with GLX_DEBUG=1.
      this.errors.log('egql', e);
      if (e instanceof GlxError) return { ok: false, error: userMessage(e) };
      const g = toGlxError(e);
      return { ok: false, error: g.kind === 'internal' ? userMessage(g) : `${store.location}: ${userMessage(g)}` };
    }
  }

  /** One store per location, kept open: SQLite keeps its read cache while the file is unchanged. */
  private store(glxDir: string): Store {
    const key = `${glxDir}\u0000${this.url ?? ''}`;
    if (this.openStore?.key !== key) {
      void this.openStore?.store.close();
      this.openStore = { key, store: openEgdb({ glxDir, db: this.url ?? undefined, repoRoot: this.host.repo()?.root }) };
    }
    return this.openStore.store;
  }

  private openStore?: { key: string; store: Store };

  dispose(): void {
    void this.openStore?.store.close();
    this.openStore = undefined;
  }

  /** The client reported a trusted workspace: the server may write `.glx/` (EGDB, calibration). */
  get writable(): boolean {
    return this.ingest;
  }

  /** Called after each glitchlab/egdbConfigure (trust may have changed: plugins, issue 16). */
  onConfigure?: () => void;

  configure(p: EgdbConfigureParams): void {
    this.url = typeof p?.url === 'string' && p.url.trim() ? p.url.trim() : null;
    this.ingest = p?.ingest === true;
    if (this.ingest) this.headSeen();
    this.onConfigure?.();
  }

  /**
   * Called after each (re)index — the server reindexes on git HEAD/ref changes, not on edits.
   * Publishes HEAD's own Δ (HEAD^..HEAD) once per new HEAD; runs are serialized.
   */
  headSeen(): void {
    const repo = this.host.repo();
    if (!repo || !this.ingest) return;
    this.ingesting = this.ingesting.then(async () => {
      const head = await repo.headSha().catch(() => undefined);
      if (!head || head === this.lastHead) return;
      this.lastHead = head;
      try {
        const parent = (await repo.tryRevParse(`${head}^`)) ?? EMPTY_TREE;
        const policy = readPolicy(repo.root).policy;
        // The server writes .glx/ only here, i.e. only in a trusted workspace (`ingest`): its
        // .gitignore (`*`) comes first so .glx/ never shows up untracked (issue 15).
        ensureGlxDir(path.join(repo.root, '.glx'));
        const cs = await gitChangeSet(repo, parent, head, policy);
        const result = computeDelta(cs, policy);
        const report = buildReport(result, { rev: parent === EMPTY_TREE ? 'EMPTY' : `${head.slice(0, 12)}^`, sha: parent }, { rev: head.slice(0, 12), sha: head });
        await recordAnalysis(repo, path.join(repo.root, '.glx'), report, {
          source: 'lsp:head',
          db: this.url ?? undefined,
          warn: (l) => this.conn.console.warn(`glitchlab: ${l}`),
          // Nobody waits for this: a failure (e.g. the writer lock held elsewhere) is shown once.
          onError: (e) => this.errors.notify(`EGDB: HEAD ${head.slice(0, 12)} not published`, e),
        });
      } catch (e) {
        this.errors.notify(`EGDB: HEAD ${head.slice(0, 12)} not published`, e);
      }
    });
  }

  /** Settles when the ingest of the last HEAD seen is done (tests). */
  idle(): Promise<void> {
    return this.ingesting;
  }
}
