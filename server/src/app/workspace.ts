// The application layer (issue "One engine, one truth"): use cases that take a workspace and
// inputs and return typed results — analyse a change, evaluate the gates, gather the mosaic —
// called by the CLI verbs (argv → use case → print), the language server, the benchmarks and
// the tests. Nothing above this layer aggregates, lists files or reads history on its own.
//
// This file: what every repository-bound use case needs — the repository, the validated
// spec/invariants.yaml as a compiled policy, and the `.glx/` directory.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadPolicy } from '../config/read-policy';
import type { Policy } from '../config/policy';
import { GitRepo } from '../git';
import { InputError } from '../errors';
import { initParsers } from '../parsing/languages';

export interface Workspace {
  repo: GitRepo;
  policy: Policy;
  /** `<root>/.glx`, where artifacts go. */
  glxDir: string;
}

export interface OpenOptions {
  /**
   * Called with the repository before the policy is read and the parsers are loaded — the
   * place to start git early (`glx delta`: the working-tree diff, app/prefetch-change.ts).
   */
  early?: (repo: GitRepo) => void;
  /**
   * Load the tree-sitter runtime and grammars now (default). `false`: the use case loads them
   * when it parses (`glx delta --per-commit`: a walk whose commits are all in the per-commit
   * result cache parses nothing — issue 14 seventh pass — and the grammars are ≈ 0.15 s of it).
   */
  parsers?: boolean;
}

/** The repository containing `dir` (default: the working directory), its policy, parsers ready. */
export async function openWorkspace(dir: string | undefined, opts: OpenOptions = {}): Promise<Workspace> {
  const abs = path.resolve(dir ?? process.cwd());
  if (!fs.existsSync(abs)) throw new InputError(`${abs}: no such directory`, { kind: 'not-found', input: dir });
  const repo = await GitRepo.open(abs);
  opts.early?.(repo);
  const policy = loadPolicy(repo.root);
  if (opts.parsers !== false) await initParsers();
  return { repo, policy, glxDir: path.join(repo.root, '.glx') };
}
