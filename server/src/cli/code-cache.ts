// Loads a CommonJS bundle with V8's code cache (issue 14 "Warm starts": `glx delta` warm ≤ 150 ms).
// Node 20 has no `module.enableCompileCache` (node ≥ 22.1), so every `glx` run compiled the
// 2.8 MB bundle again (~50 ms quiet of a 150 ms budget). Here the bundle is compiled with
// `vm.Script` and the `cachedData` V8 produced for it on an earlier run, so V8 deserialises the
// functions that run instead of parsing and compiling them (docs/warm-starts.md "Code cache").
//
// Rules (the analysis cache's, docs/analysis-cache.md): a bad entry is a miss, never a wrong
// answer — V8 trusts cached code for a source of the same *length* (its only source check), so
// the file name carries the sha256 of the bundle's bytes, and node's and V8's versions and the
// architecture; the payload's own sha256 is checked before V8 sees it (a torn or damaged file is
// removed and rewritten); V8's own rejection (other flags) is a miss too. Writes are atomic
// (temp + rename; two runs writing one key write equivalent data). Caches of other bundle
// versions are removed when a new one is written. A read-only or missing cache directory costs
// the speed only. `GLX_CACHE=0` turns it off like every other glx cache.
//
// Only node built-ins here: this module is part of the launcher (cli/launch.ts), whose point is
// to load nothing before the cache is consulted (no engine helper such as util/atomic-write.ts,
// which pulls in redaction and the error model).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** What happened to the code cache on one load (for tests and GLX_DEBUG). */
export type CacheOutcome = 'hit' | 'miss' | 'rejected' | 'damaged' | 'off';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  outcome: CacheOutcome;
  /** The cache file consulted (undefined when the cache is off or has no directory). */
  cacheFile?: string;
  /**
   * Writes V8's cache for the bundle when this load did not use one. Call it after the work
   * ran: V8 then includes every function compiled so far (the verb's whole path), not only the
   * bundle's top level. Never throws; returns whether a file was written.
   */
  saveCache(): boolean;
}

/** The default cache directory: `$XDG_CACHE_HOME/glitchlab/v8`, else `~/.cache/glitchlab/v8`. */
export function defaultCodeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GLX_CACHE === '0') return undefined;
  if (env.GLX_CODE_CACHE_DIR) return env.GLX_CODE_CACHE_DIR;
  let home = '';
  try {
    home = os.homedir(); // throws when neither HOME nor the user database names one
  } catch {
    /* no home: no cache */
  }
  const base = env.XDG_CACHE_HOME || (home ? path.join(home, '.cache') : undefined);
  return base ? path.join(base, 'glitchlab', 'v8') : undefined;
}

const HASH_BYTES = 32;

/** `<bundle name>-<sha256 of the bundle, 24 hex>-<node>-<v8>-<arch>-<tag>.v8`: everything V8's cache depends on. */
function cacheName(filename: string, sourceHash: string, tag: string): string {
  const safeTag = tag.replace(/[^\w-]/g, '_').slice(0, 40) || 'main';
  return `${path.basename(filename)}-${sourceHash.slice(0, 24)}-${process.version}-${process.versions.v8}-${process.arch}-${safeTag}.v8`;
}

function readVerified(file: string): { data?: Buffer; damaged: boolean } {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return { damaged: false };
  }
  const payload = buf.subarray(HASH_BYTES);
  if (buf.length > HASH_BYTES && createHash('sha256').update(payload).digest().equals(buf.subarray(0, HASH_BYTES))) return { data: payload, damaged: false };
  return { damaged: true };
}

function writeAtomic(file: string, payload: Buffer): boolean {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, Buffer.concat([createHash('sha256').update(payload).digest(), payload]), { mode: 0o600 });
    fs.renameSync(tmp, file);
    return true;
  } catch {
    fs.rmSync(tmp, { force: true });
    return false;
  }
}

/** Removes this bundle's caches of other bundle versions (and temp files of runs that died). */
function pruneOtherVersions(dir: string, filename: string, keepHash: string): void {
  const prefix = `${path.basename(filename)}-`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(prefix) || n.startsWith(`${prefix}${keepHash.slice(0, 24)}-`)) continue;
    // A temp file younger than a minute may be another run's write in progress.
    if (n.endsWith('.tmp')) {
      const st = fs.statSync(path.join(dir, n), { throwIfNoEntry: false });
      if (st && Date.now() - st.mtimeMs < 60_000) continue;
    }
    fs.rmSync(path.join(dir, n), { force: true });
  }
}

/**
 * Loads the CommonJS file `filename` as `require` would (its own `module`, `require`,
 * `__filename`, `__dirname`; `require.main` stays the caller's), compiled with the code cache
 * kept in `cacheDir` (defaultCodeCacheDir(); undefined: no cache) under `tag` (one cache per verb:
 * each holds the functions its verb ran).
 */
export function loadWithCodeCache(filename: string, tag: string, cacheDir: string | undefined): LoadedBundle {
  const bytes = fs.readFileSync(filename);
  const source = bytes.toString('utf8');
  const wrapped = Module.wrap(source);
  let outcome: CacheOutcome = 'off';
  let cacheFile: string | undefined;
  let cachedData: Buffer | undefined;
  let sourceHash = '';
  if (cacheDir) {
    sourceHash = createHash('sha256').update(bytes).digest('hex');
    cacheFile = path.join(cacheDir, cacheName(filename, sourceHash, tag));
    const read = readVerified(cacheFile);
    cachedData = read.data;
    outcome = read.damaged ? 'damaged' : 'miss';
    if (read.damaged) fs.rmSync(cacheFile, { force: true });
  }
  // No `import()` may run in code compiled here: node 20 loses a vm.Script's dynamic-import
  // callback when the script comes from cachedData (and a function callback needs
  // --experimental-vm-modules). esbuild.mjs builds the CLI bundle with `import()` turned into
  // `require()` (its only uses load node built-ins and web-tree-sitter's `fs/promises`).
  const script = new vm.Script(wrapped, { filename, cachedData });
  if (cachedData) outcome = script.cachedDataRejected ? 'rejected' : 'hit';
  const mod = new Module(filename, module);
  mod.filename = filename;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(filename));
  const fn = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, __filename: string, __dirname: string) => void;
  fn.call(mod.exports, mod.exports, Module.createRequire(filename), mod, filename, path.dirname(filename));
  mod.loaded = true;
  let saved = false;
  return {
    exports: mod.exports as Record<string, unknown>,
    outcome,
    cacheFile,
    saveCache() {
      if (!cacheDir || !cacheFile || outcome === 'hit' || saved) return false;
      saved = true;
      try {
        const ok = writeAtomic(cacheFile, script.createCachedData());
        if (ok) pruneOtherVersions(cacheDir, filename, sourceHash);
        return ok;
      } catch {
        return false;
      }
    },
  };
}
