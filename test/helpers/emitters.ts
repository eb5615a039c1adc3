// Drives one token emitter (server/src/delta/emit-*.ts) on realistic before/after code: both
// versions are analysed exactly as the git adapter would (changeSetOf → makeVersion), then the
// test calls the emitter under test on a fresh TokenizeContext and reads ctx.out / coverage.
import { Policy } from '../../server/src/config/policy';
import type { ChangeSet } from '../../server/src/delta/change-set';
import type { PairingResult } from '../../server/src/delta/pairing';
import type { DeltaToken } from '../../server/src/delta/token';
import { TokenizeContext, type ChangeCtx, type PairCtx } from '../../server/src/delta/tokenize-context';
import { initParsers } from '../../server/src/parsing/languages';
import { changeSetOf } from './direct-delta';

export interface EmitterRig {
  ctx: TokenizeContext;
  pairing: PairingResult;
  /** Pairs the change touches (the driver skips the others), in pairing order. */
  pairs: PairCtx[];
  /** The touched pair whose head qualname is `q` (throws when absent). */
  pair(q: string): PairCtx;
  /** The change context of a path (head path, or base path for deletions). */
  change(path: string): ChangeCtx;
  tokens(kind?: string): DeltaToken[];
}

export async function rig(before: Record<string, string>, after: Record<string, string | null>, opts: { policy?: Policy; cs?: ChangeSet } = {}): Promise<EmitterRig> {
  await initParsers();
  const ctx = new TokenizeContext(opts.cs ?? changeSetOf(before, after), opts.policy ?? new Policy());
  const pairing = ctx.pairSymbols();
  const pairs = pairing.pairs.filter((p) => !ctx.pairUntouched(p)).map((p) => ctx.pairCtx(p));
  return {
    ctx, pairing, pairs,
    pair(q) {
      const pc = pairs.find((x) => x.n.qualname === q);
      if (!pc) throw new Error(`no touched pair ${q} (have: ${pairs.map((x) => x.n.qualname).join(', ')})`);
      return pc;
    },
    change(path) {
      const c = ctx.changes.find((x) => x.file === path);
      if (!c) throw new Error(`no change for ${path}`);
      return c;
    },
    tokens: (kind) => ctx.out.filter((t) => kind === undefined || t.kind === kind),
  };
}

/** `KIND symbol-or-file` strings, for compact assertions. */
export const summary = (ts: readonly DeltaToken[]) => ts.map((t) => `${t.kind} ${t.symbol ?? t.file}`);
