// Does generated code compile? TypeScript through the compiler API (the `typescript`
// devDependency, noEmit, strict, on copies in a temp dir), Python through `python3 -m py_compile`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';

/**
 * Type-checks in-memory files (`{ 'src/a.ts': text }`, relative imports between them resolve)
 * and returns every diagnostic as `file:line: message`; JS files are checked for syntax only.
 */
export function tsErrors(files: Record<string, string>): string[] {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-tscheck-'));
  try {
    const names = Object.entries(files).map(([p, t]) => {
      const abs = path.join(root, p);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, t);
      return abs;
    });
    const options: ts.CompilerOptions = {
      noEmit: true, strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [],
      skipLibCheck: true, allowJs: true, checkJs: false,
    };
    const program = ts.createProgram(names, options);
    const isJs = (f: string) => /\.[cm]?jsx?$/.test(f);
    const diags = [
      ...program.getSyntacticDiagnostics(), ...program.getGlobalDiagnostics(), ...program.getOptionsDiagnostics(),
      ...program.getSemanticDiagnostics().filter((d) => !d.file || !isJs(d.file.fileName)),
    ];
    return diags.map((d) => {
      const where = d.file && d.start !== undefined ? `${path.relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
      return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** `python3 -m py_compile` on `text`: undefined when it compiles, the error text otherwise; 'skip' without python3. */
export function pyCompileError(text: string): string | undefined | 'skip' {
  const probe = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return 'skip';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-pycompile-'));
  try {
    const file = path.join(dir, 'adapted.py');
    fs.writeFileSync(file, text);
    const r = spawnSync('python3', ['-m', 'py_compile', file], { encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONPYCACHEPREFIX: dir } });
    return r.status === 0 ? undefined : `${r.stderr}${r.stdout}`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const hasPython = () => pyCompileError('') !== 'skip';
