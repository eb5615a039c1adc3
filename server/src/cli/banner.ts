// What `glx --version` and `glx --help` print, apart from the verbs' modules: the launcher
// (cli/launch.ts) answers both without loading the CLI bundle (issue 14: "`glx --version` /
// `--help` near `node -e 0`"), and cli/glx.ts prints the same text for `glx help` and errors.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The package version, found by walking up from the bundle or the compiled sources. */
export const VERSION: string = (() => {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'glitchlab') return pkg.version ?? '0.0.0';
    } catch {
      /* keep looking */
    }
    dir = path.dirname(dir);
  }
  return '0.0.0';
})();

export const MAIN_HELP = `glx ${VERSION} — GlitchLab: Δ-first change intelligence for git repositories

usage: glx <verb> [options]        (glx <verb> --help for each verb)

verbs:
  delta        Δ tokens, fingerprint and ΔZ between a base and a head (.glx/delta_report.json)
  ast index    symbols of every TS/JS/Python file of a revision (.glx/ast_index.json)
  ast delta    structural Δ between two revisions (.glx/ast_delta.json)
  lsp          language server for editors (glx lsp --stdio)
  egdb         event-and-fact store: init | query 'SQL' | rebuild | export (.glx/egdb.db)
  egql         run an EGQL query on EGDB (glx egql 'SELECT tokens FROM branch(main) LAST 7d')
  invariants   gates I1–I4 and the decision (--ci: exit 1 on BLOCK); scores into .glx/delta_report.json
  gates        gates backtest [--commits N]: the decisions CI would have taken on the last N commits
  calibrate    thresholds α/β/ζ from history: update | freeze --commits N --reason R | unfreeze
  report       the playbooks' PR/incident messages: --format pr-comment|markdown|json
  checklist    the playbooks' checklists: before-merge | after-incident
  metrics      metrics compare A.png B.png: SSIM and PSNR (.glx/compare.json)
  mosaic       gilbert-curve heat-map of the repository + gate I3; PNGs and mosaic_map.json (.glx/mosaic/)
  plugins      token-detector plugins: validate | run --sandbox NAME | release NAME | list (.glx/quarantine.json)
  presets      analysis presets presets/*.yaml: index (.glx/presets_index.json) | show NAME; --preset NAME on delta, invariants, mosaic
  playbook     the twelve playbooks: list | show <id> | run <id> [--dry-run] [--yes] | undo [<run>]
  audit        backup (.glx/ → backup/AUDIT_<ts>.zip) | restore <zip> [--into D | --apply]
  sast         SAST bridge: scan [--inputs F…] [--full] | triage; .glx/security/queue.json + merged.sarif
  daemon       start | stop | status | run: a resident warm process that serves glx delta for this workspace

global options:
  --version    print the version
  --help       this help

exit codes: 0 ok · 1 a gate says BLOCK · 2 bad input · 66 not found · 75 busy (retry) ·
70 internal error; errors are one line on stderr, GLX_DEBUG=1 adds the stack (docs/errors.md)
`;
