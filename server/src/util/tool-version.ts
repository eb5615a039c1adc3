// The GlitchLab version (package.json next to the bundle or the compiled sources), for artifacts
// that record which tool wrote them (audit meta, playbook reports).
import * as fs from 'node:fs';
import * as path from 'node:path';

let cached: string | undefined;

export function toolVersion(): string {
  if (cached) return cached;
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'glitchlab') return (cached = pkg.version ?? '0.0.0');
    } catch {
      /* keep looking */
    }
    dir = path.dirname(dir);
  }
  return (cached = '0.0.0');
}
