// `.glx/quarantine.json` (spec §4, §7 playbook 11; issue 16): plugins stopped for misbehaving,
// each with the reason and the evidence, until `glx plugins release NAME`. Read on every
// analysis (a quarantined plugin never starts), written atomically (util/atomic-write.ts) and
// redacted like every artifact. A missing or unreadable file means "nothing quarantined" for
// reading — but an unreadable file is never overwritten blindly: it is kept as a copy first.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors';
import { redactDeep } from '../redact';
import { writeJsonAtomic } from '../util/atomic-write';
import type { FailureReason } from './sandbox';

export const QUARANTINE_FILE = 'quarantine.json';

export interface QuarantineEntry {
  /** The plugin's file (repo-relative) or package name. */
  source: string;
  version?: string;
  reason: FailureReason;
  /** One line: what happened. */
  message: string;
  /** What was observed: the forbidden call and its target, the error, the stderr tail, limits. */
  evidence: Record<string, unknown>;
  /** sha256 of the plugin file when it was quarantined (a changed file is still quarantined until released). */
  sha256?: string;
  /** ISO time. */
  since: string;
  /** Which analysis stopped it: `cli:delta`, `lsp`, `plugins validate`… */
  by: string;
  /** Files of the change it was running on. */
  files?: string[];
}

export interface QuarantineFile {
  schema: 'glx.quarantine.v1';
  plugins: Record<string, QuarantineEntry>;
}

const empty = (): QuarantineFile => ({ schema: 'glx.quarantine.v1', plugins: {} });

export function quarantinePath(glxDir: string): string {
  return path.join(glxDir, QUARANTINE_FILE);
}

/** The quarantine list; `problem` says why an existing file could not be read (then: nothing is treated as released). */
export function readQuarantine(glxDir: string): { file: QuarantineFile; problem?: string } {
  const p = quarantinePath(glxDir);
  let text: string;
  try {
    text = fs.readFileSync(p, 'utf8');
  } catch (e) {
    // No file, or no .glx directory at all (a file named .glx: the verb that writes says so).
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { file: empty() };
    return { file: empty(), problem: `${p}: ${(e as Error).message}` };
  }
  try {
    const j = JSON.parse(text) as Partial<QuarantineFile>;
    if (j.schema !== 'glx.quarantine.v1' || typeof j.plugins !== 'object' || j.plugins === null) throw new Error('not a glx.quarantine.v1 file');
    return { file: { schema: 'glx.quarantine.v1', plugins: j.plugins } };
  } catch (e) {
    return { file: empty(), problem: `${p}: ${(e as Error).message}` };
  }
}

function write(glxDir: string, q: QuarantineFile, problem: string | undefined): void {
  const p = quarantinePath(glxDir);
  // Nothing lost: an unreadable file is kept beside before it is replaced.
  if (problem && fs.existsSync(p)) fs.copyFileSync(p, `${p}.unreadable-${Date.now()}`);
  writeJsonAtomic(p, q);
}

/** Adds (or replaces) the entry of `name`. */
export function quarantine(glxDir: string, name: string, entry: QuarantineEntry): void {
  const { file, problem } = readQuarantine(glxDir);
  file.plugins[name] = redactDeep(entry);
  write(glxDir, file, problem);
}

/** Removes `name`; a name not in quarantine is a bad-input error (nothing to release). */
export function release(glxDir: string, name: string): QuarantineEntry {
  const { file, problem } = readQuarantine(glxDir);
  if (problem) throw new InputError(`${problem}: fix or remove it first`, { input: quarantinePath(glxDir) });
  const entry = file.plugins[name];
  if (!entry) {
    const names = Object.keys(file.plugins);
    throw new InputError(`plugin ${JSON.stringify(name)} is not in quarantine (${names.length ? `quarantined: ${names.join(', ')}` : 'nothing is quarantined'})`, { input: name, kind: 'not-found' });
  }
  delete file.plugins[name];
  write(glxDir, file, undefined);
  return entry;
}
