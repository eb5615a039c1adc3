// Compiled view of InvariantsConfig used on hot paths: module of a path (spec §1 "module"),
// effective token weight (spec §3.6: overridable per module and per path), config ignore globs
// and the public-API path narrowing (spec §3.7 I2).
import picomatch from 'picomatch';
import { isTokenKind, TOKEN_KINDS, type AnyTokenKind } from '../delta/catalogue';
import { defaultConfig, type InvariantsConfig } from './invariants-config';

type Matcher = (p: string) => boolean;
const compile = (globs: string[]): Matcher => (globs.length ? picomatch(globs, { dot: true }) : () => false);

/**
 * Top-level directories whose code is not a library's API (scripts, docs and their code samples,
 * examples, benchmarks, a docs website; hidden directories too, see mayBePublic): I2 does not judge them and their tokens are not public, unless
 * `public_api.paths` says otherwise. TS/JS packages are narrowed by their entry points anyway
 * (gates/public-surface.ts); this is what a repository without them, and every Python one, gets.
 */
export const NON_API_DIRS: ReadonlySet<string> = new Set([
  'scripts', 'script', 'docs', 'doc', 'docs_src', 'examples', 'example', 'benchmarks', 'benchmark', 'bench', 'perf', 'website', '.github',
  // A task runner's or the maintainers' tools (packaging's invoke `tasks/`, moment's and
  // handlebars' Grunt `tasks/`, typebox's `task/`, mongoose's and textual's `tools/`, webpack's
  // `tooling/`) and a local playground (h3, typeorm): packaging e808c8aa0e deleted the dead
  // `tasks/check.py` and I2 blocked it as a public-API break.
  'tasks', 'task', 'tools', 'tooling', 'playground', 'playgrounds',
  // Changelog fragments (towncrier's `newsfragments/`, aiohttp's `CHANGES/`, `changelog.d/`),
  // whatever their extension: trio c1e1167a3e deleted 18 at a release, two of them `.txt`, and I1
  // gated the release.
  'newsfragments', 'changelog.d', 'CHANGES', 'changelog', 'changelogs', 'changelog_unreleased',
]);

/**
 * A build or tool configuration file (`karma.conf.js`, `vite.config.ts`, `root.tsup.config.js`,
 * `.eslintrc.cjs`, `gulpfile.js`, Python's `setup.py`/`noxfile.py`): the tool reads its default
 * export, no user of the library imports it. Outside `src/`, `lib/` and `source/`, where a
 * package's own `defaults.config.ts` could be API.
 */
/**
 * The directory a path's NON_API_DIRS test reads: the top level, or in a monorepo's workspace
 * package (`packages/<name>/…`, `apps/`, `libs/`) the package's own top level — redux-toolkit
 * 8a020ecea4 added `packages/toolkit/scripts/issue-triage/` and I1 gated it as shipped code.
 * `''` for a file at the top.
 */
export function unshippedDirOf(path: string): string | undefined {
  const parts = path.split('/');
  if (parts.length < 2) return undefined;
  if (unshippedName(parts[0])) return parts[0];
  if (parts.length >= 4 && WORKSPACE_ROOTS.has(parts[0]) && unshippedName(parts[2])) return parts.slice(0, 3).join('/');
  return undefined;
}

/**
 * A NON_API_DIRS name, a hidden directory, or a compound name ending in one of the words that say
 * "not the library" (`typing-examples`, `typing_tests`, `api-docs`, `perf_benchmarks`): attrs
 * 58c8e9ade6 moved its type-checker examples from `typing-examples/` to `typing_tests/` and I2
 * failed 84 "public" names, I1 gated c5baf90dbc's new examples as shipped code.
 */
function unshippedName(dir: string): boolean {
  if (NON_API_DIRS.has(dir) || dir.startsWith('.')) return true;
  const words = dir.split(/[-_]/);
  return words.length > 1 && COMPOUND_TAILS.has(words[words.length - 1].toLowerCase());
}
const COMPOUND_TAILS: ReadonlySet<string> = new Set(['examples', 'example', 'tests', 'test', 'docs', 'doc', 'benchmarks', 'benchmark', 'scripts', 'playground']);
const WORKSPACE_ROOTS: ReadonlySet<string> = new Set(['packages', 'apps', 'libs']);

const CONFIG_FILE = /(?:^|\/)(?:[\w-]+(?:\.[\w-]+)*\.(?:config|conf)\.[cm]?[jt]sx?|\.[\w-]+rc\.[cm]?[jt]s|[Gg]ulpfile\.[cm]?[jt]s|Gruntfile\.[cm]?[jt]s|setup\.py|noxfile\.py|fabfile\.py)$/;
const LIBRARY_DIR = /(?:^|\/)(?:src|lib|source)\//;
export const isToolConfigFile = (path: string): boolean => CONFIG_FILE.test(path) && !LIBRARY_DIR.test(path);

export class Policy {
  private readonly moduleMatchers: { name: string; match: Matcher }[];
  private readonly pathWeightMatchers: { match: Matcher; weights: InvariantsConfig['weights'] }[];
  private readonly ignoreMatch: Matcher;
  private readonly publicMatch: Matcher | undefined;
  private readonly moduleCache = new Map<string, string>();

  constructor(readonly config: InvariantsConfig = defaultConfig()) {
    this.moduleMatchers = config.modules.map((m) => ({ name: m.name, match: compile(m.globs) }));
    this.pathWeightMatchers = config.pathWeights.map((p) => ({ match: compile([p.glob]), weights: p.weights }));
    // `!glob` entries take paths back from the ignored ones (DEFAULT_IGNORE included).
    const keep = compile(config.ignore.filter((g) => g.startsWith('!')).map((g) => g.slice(1)));
    const drop = compile(config.ignore.filter((g) => !g.startsWith('!')));
    this.ignoreMatch = (p) => drop(p) && !keep(p);
    this.publicMatch = config.publicApi.paths.length ? compile(config.publicApi.paths) : undefined;
  }

  /** Module of a repo-relative path: configured globs first, else the first segment, else `(root)`. */
  moduleOf(path: string): string {
    let m = this.moduleCache.get(path);
    if (m === undefined) {
      m = this.moduleMatchers.find((x) => x.match(path))?.name ?? (path.includes('/') ? path.slice(0, path.indexOf('/')) : '(root)');
      this.moduleCache.set(path, m);
    }
    return m;
  }

  /**
   * Effective weight: default < global override < module override < path override (last wins).
   * A plugin kind has no catalogue entry: its default is the manifest's weight, passed as `base`.
   */
  weightOf(kind: AnyTokenKind, module: string, path: string, base: number = isTokenKind(kind) ? TOKEN_KINDS[kind].weight : 0): number {
    let w = this.config.weights[kind] ?? base;
    const mw = this.config.moduleWeights[module]?.[kind];
    if (mw !== undefined) w = mw;
    for (const pw of this.pathWeightMatchers) {
      const v = pw.weights[kind];
      if (v !== undefined && pw.match(path)) w = v;
    }
    return w;
  }

  /**
   * Weight of a MODIFY_SIG that I2's rules accept (meta.compatible, spec §3.3: 0.08 vs 0.22
   * breaking). Overrides of `MODIFY_SIG` (weights, module_weights, path_weights) set the
   * breaking weight; the compatible one keeps the catalogue's ratio 0.08/0.22 to it
   * (docs/tokens.md "Signatures").
   */
  compatibleSigWeight(module: string, path: string): number {
    const { weight, compatibleWeight } = TOKEN_KINDS.MODIFY_SIG;
    const breaking = this.weightOf('MODIFY_SIG', module, path);
    return breaking === weight ? compatibleWeight : Math.round((breaking * compatibleWeight / weight) * 1e6) / 1e6;
  }

  isIgnored(path: string): boolean {
    return this.ignoreMatch(path);
  }

  /**
   * public_api.paths narrows the public API to matching files (spec §3.7 I2). Without it, files
   * under a top-level directory that holds no library code (NON_API_DIRS: scripts, docs,
   * examples, benchmarks) are not: fastapi's maintainers' `scripts/translate.py` lost a
   * parameter of `make_pr` and I2 blocked two of its last 100 commits as public-API breaks.
   * Tool configuration files are not either (mocha 7c9b0046f3 deleted `karma.conf.js`; TanStack
   * query 267154cf6b renamed its `root.tsup.config.js` files: I2 FAILs for their default exports).
   */
  mayBePublic(path: string): boolean {
    if (this.publicMatch) return this.publicMatch(path);
    if (isToolConfigFile(path)) return false;
    // A hidden top-level directory (`.github/`, `.claude/hooks/`, `.vscode/`, `.husky/`) holds
    // tooling, never a library's code (remeda 482babd64d deleted `.claude/hooks/lib/*.ts`).
    return unshippedDirOf(path) === undefined;
  }
}
