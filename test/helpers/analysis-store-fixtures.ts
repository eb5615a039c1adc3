// Source files for the analysis-cache tests (unit test and its child processes): several
// languages and sizes, each with the git blob id of its bytes.
import { blobId } from '../../server/src/engine/analysis-store';
import type { Lang } from '../../server/src/symbols/types';

export interface StoreFixture {
  path: string;
  lang: Lang;
  text: string;
  oid: string;
}

export function storeFixtures(): StoreFixture[] {
  const big = Array.from({ length: 60 }, (_, i) => `  method${i}(a: number): number {\n    if (a > ${i}) return this.method${(i + 1) % 60}(a - 1);\n    return a * ${i};\n  }\n`).join('\n');
  const files: Omit<StoreFixture, 'oid'>[] = [
    { path: 'src/big.ts', lang: 'typescript', text: `export class Big {\n${big}}\n` },
    { path: 'src/util.ts', lang: 'typescript', text: 'export function add(a: number, b = 2): number {\n  return a + b;\n}\n\nexport interface P { x: number; y?: string }\n' },
    { path: 'lib/store.js', lang: 'javascript', text: "const fs = require('fs');\nfunction load(p) {\n  return JSON.parse(fs.readFileSync(p, 'utf8'));\n}\nmodule.exports = { load };\n" },
    { path: 'pkg/tool.py', lang: 'python', text: 'import os\n\n\ndef norm(s: str) -> str:\n    """Normalise."""\n    return s.strip().lower()\n\n\nclass Tool:\n    def run(self, x):\n        return [norm(y) for y in x if y]\n' },
    { path: 'web/App.tsx', lang: 'tsx', text: 'export function App({ n }: { n: number }) {\n  return <div className="a">{n > 1 ? <b>{n}</b> : null}</div>;\n}\n' },
  ];
  return files.map((f) => ({ ...f, oid: blobId(Buffer.from(f.text, 'utf8')) }));
}
