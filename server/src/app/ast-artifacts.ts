// Use cases of `glx ast index` and `glx ast delta` (spec §5, playbook 3): the symbols of every
// TS/JS/Python file of a revision (ast.index.v1) and the structural tokens between two
// revisions (ast.delta.v1). The CLI verbs and playbook 3 call these.
import * as path from 'node:path';
import { isIgnoredPath } from '../git';
import { makeVersion } from '../engine/file-version';
import { languageOf } from '../parsing/languages';
import { writeJsonAtomic } from '../util/atomic-write';
import { analyseChange } from './analyse-change';
import type { Workspace } from './workspace';

export interface AstIndexResult {
  out: string;
  files: number;
  symbols: number;
}

/** Indexes `revFlag` (default: the working tree) into `out` (default `.glx/ast_index.json`). */
export async function buildAstIndex(ws: Workspace, opts: { rev?: string; out?: string; onProgress?: (done: number, total: number) => void } = {}): Promise<AstIndexResult> {
  const rev = opts.rev ? await ws.repo.revParse(opts.rev, `--rev ${opts.rev}`) : 'worktree';
  const all = (await ws.repo.listFiles(rev)).filter((p) => languageOf(p) && !isIgnoredPath(p) && !ws.policy.isIgnored(p)).sort();
  const files: Record<string, unknown>[] = [];
  for (let i = 0; i < all.length; i += 64) {
    const batch = all.slice(i, i + 64);
    const bufs = rev === 'worktree' ? await Promise.all(batch.map((p) => ws.repo.readWorktreeFile(p))) : await ws.repo.readBlobs(batch.map((p) => `${rev}:${p}`));
    batch.forEach((p, j) => {
      const v = makeVersion(p, bufs[j]);
      if (!v.analysis) {
        files.push({ path: p, skipped: v.skipped ?? 'unreadable' });
        return;
      }
      const a = v.analysis;
      files.push({
        path: p, lang: a.lang, ok: a.ok, module: ws.policy.moduleOf(p), lines: a.lineCount,
        parse_errors: a.parseErrors,
        symbols: a.symbols.map((s) => ({
          uid: s.uid, kind: s.kind, qualname: s.qualname, range: s.range, signature: s.signature.text,
          exported: s.exported, public: s.public && ws.policy.mayBePublic(p), has_doc: s.hasDoc, deprecated: s.deprecated, metrics: s.metrics,
        })),
        types: a.types.map((t) => ({ uid: t.uid, kind: t.kind, qualname: t.qualname, range: t.range, exported: t.exported, members: t.members.length })),
        imports: a.imports,
        test_cases: a.testCases,
      });
    });
    opts.onProgress?.(Math.min(i + 64, all.length), all.length);
  }
  const out = opts.out ?? path.join(ws.glxDir, 'ast_index.json');
  const headSha = rev === 'worktree' ? await ws.repo.headSha() : rev;
  writeJsonAtomic(out, { schema: 'ast.index.v1', rev: rev === 'worktree' ? 'WORKTREE' : rev, sha: headSha ?? null, generated_utc: new Date().toISOString(), files });
  const symbols = files.reduce((n, f) => n + ((f as { symbols?: unknown[] }).symbols?.length ?? 0), 0);
  return { out, files: files.length, symbols };
}

/** Structural (ast + types) tokens from `from` to `to` (default: the working tree) into `out` (default `.glx/ast_delta.json`). */
export async function buildAstDelta(ws: Workspace, opts: { from: string; to?: string; out?: string }): Promise<{ out: string; tokens: number }> {
  const { result, base, head } = await analyseChange(ws, { base: opts.from, head: opts.to });
  const tokens = result.tokens.filter((t) => t.category === 'ast' || t.category === 'types');
  const out = opts.out ?? path.join(ws.glxDir, 'ast_delta.json');
  writeJsonAtomic(out, { schema: 'ast.delta.v1', from: base, to: head, generated_utc: new Date().toISOString(), tokens, parse_errors: result.parseErrors });
  return { out, tokens: tokens.length };
}
