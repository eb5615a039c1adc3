// Signature tokens (spec §3.3 row MODIFY_SIG): one MODIFY_SIG per paired function whose
// parameters, return type, async or calling convention changed; before/after carry arity and
// parameter lists, meta.detail what changed (signature-diff.ts). When the body changed too, the
// one MODIFY_SIG spans the whole symbol (meta.bodyChanged, docs/tokens.md "Symbols").
// meta.compatible says whether I2's rules (spec §3.7, signature-compat.ts — the same function
// I2 calls, with the same public_api.allow_optional_params) accept the change: compatible
// weighs 0.08, breaking 0.22 (overrides: Policy.compatibleSigWeight, docs/tokens.md "Signatures").
import { isCompatibleChange } from './signature-compat';
import { diffSignature, sigPayload, type SigDiff } from './signature-diff';
import { alignTypes } from './type-equivalence';
import { baseSpan, markPairOwn, span, type PairCtx, type TokenizeContext } from './tokenize-context';

/** Emit MODIFY_SIG for a paired function if its signature changed; returns the signature diff. */
export function emitModifySig(ctx: TokenizeContext, pc: PairCtx, bodyChanged: boolean): SigDiff {
  const { p, o, n, oc, nc, common } = pc;
  // Types that differ only in spelling or by a rename made in the same change are the same type.
  const base = alignTypes(o.signature, n.signature, ctx.declaredRenames());
  const sd = diffSignature(base, n.signature);
  if (!sd.detail.length) return sd;
  const lang = oc.oldA?.lang ?? nc.newA?.lang ?? 'typescript';
  const compatible = isCompatibleChange(base, n.signature, lang, ctx.policy.config.publicApi.allowOptionalParams);
  const r = bodyChanged ? n.range : n.sigRange;
  ctx.emit('MODIFY_SIG', p.new.file, span(r), {
    ...common, before: sigPayload(o.signature), after: sigPayload(n.signature),
    baseRange: baseSpan(bodyChanged ? o.range : o.sigRange),
    ...(compatible ? { effectiveWeight: ctx.policy.compatibleSigWeight(ctx.policy.moduleOf(p.new.file), p.new.file) } : {}),
    meta: {
      detail: sd.detail, bodyChanged, compatible,
      ...(sd.decoratorsChanged ? { decorators: { before: o.signature.decorators, after: n.signature.decorators } } : {}),
    },
  });
  if (bodyChanged) markPairOwn(pc);
  else {
    nc.cov.markNew(n.sigRange.line, n.sigRange.endLine);
    oc.cov.markOld(o.sigRange.line, o.sigRange.endLine);
  }
  return sd;
}
