// file: URIs of the client ↔ repo-relative POSIX paths of the engine. The client's workspace
// folder may be a symlink or a subdirectory of the repository; URIs of open documents are
// echoed back exactly as the client sent them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export class WorkspacePaths {
  private readonly clientUris = new Map<string, string>();
  private readonly folder: string;
  private readonly realFolder: string;
  private readonly realRoot: string;

  constructor(readonly root: string, folder: string) {
    this.folder = path.resolve(folder);
    this.realFolder = safeRealpath(this.folder);
    this.realRoot = safeRealpath(root);
  }

  /** Repo-relative path of a client URI, or undefined when it is not a file inside the repository. */
  toRel(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    let abs: string;
    try {
      abs = path.resolve(fileURLToPath(uri));
    } catch {
      return undefined;
    }
    for (const [from, to] of [[this.folder, this.realFolder], [this.realFolder, this.realFolder]] as const) {
      if (abs === from || abs.startsWith(from + path.sep)) {
        abs = to + abs.slice(from.length);
        break;
      }
    }
    for (const root of [this.realRoot, this.root]) {
      const rel = path.relative(root, abs);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
        const posix = rel.split(path.sep).join('/');
        if (posix === '.git' || posix.startsWith('.git/')) return undefined;
        return posix;
      }
    }
    return undefined;
  }

  /** Remember the exact URI the client used for a path (open documents). */
  remember(rel: string, uri: string): void {
    this.clientUris.set(rel, uri);
  }

  toUri(rel: string): string {
    const known = this.clientUris.get(rel);
    if (known) return known;
    let abs = path.join(this.realRoot, ...rel.split('/'));
    if (this.realFolder !== this.folder && (abs === this.realFolder || abs.startsWith(this.realFolder + path.sep))) {
      abs = this.folder + abs.slice(this.realFolder.length);
    }
    return pathToFileURL(abs).href;
  }
}

function safeRealpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}
