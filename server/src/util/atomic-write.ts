// Atomic file writes (temp file in the same directory + rename): a reader never sees a half
// written artifact and a crash never leaves one behind (brief: "every write is atomic").
import * as fs from 'node:fs';
import * as path from 'node:path';
import { redactDeep } from '../redact';

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

export function writeJsonAtomic(file: string, value: unknown): void {
  // Every JSON artifact passes the one redaction step (spec §3.11: no secret in any artifact).
  writeFileAtomic(file, `${JSON.stringify(redactDeep(value), null, 2)}\n`);
}
