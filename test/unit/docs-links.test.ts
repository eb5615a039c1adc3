// Issue 15, bug 7: diagnostic code links went to a website that does not exist. Every link
// the server puts into a diagnostic or hover now opens a page of this repository's docs/, at an
// anchor that exists: one per token kind (and PARSE_ERROR) in docs/tokens.md, the gates'
// headings in docs/gates.md.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TOKEN_KINDS } from '../../server/src/delta/catalogue';
import { DOCS_BASE_URL, tokenDocsUrl } from '../../server/src/protocol/docs-links';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Anchors of a Markdown page: explicit `<a id=…>` / `name=…` and GitHub's heading slugs. */
function anchors(page: string): Set<string> {
  const text = fs.readFileSync(path.join(ROOT, 'docs', page), 'utf8');
  const out = new Set<string>();
  for (const m of text.matchAll(/<a (?:id|name)="([^"]+)"/g)) out.add(m[1]);
  for (const m of text.matchAll(/^#{1,6} (.+)$/gm)) {
    out.add(m[1].trim().toLowerCase().replace(/[^\p{L}\p{N}_\- ]/gu, '').replace(/ /g, '-'));
  }
  return out;
}

/** `docs/<page>#<anchor>` of a URL under DOCS_BASE_URL. */
function resolve(url: string): { page: string; anchor: string } {
  assert.ok(url.startsWith(`${DOCS_BASE_URL}/`), url);
  const [page, anchor = ''] = url.slice(DOCS_BASE_URL.length + 1).split('#');
  assert.ok(fs.existsSync(path.join(ROOT, 'docs', page)), `docs/${page} exists (${url})`);
  return { page, anchor };
}

test('the docs links point into this repository (package.json repository), not an invented site', () => {
  const repo = String(manifest.repository.url).replace(/\.git$/, '');
  assert.equal(DOCS_BASE_URL, `${repo}/blob/main/docs`);
});

test('every token kind and PARSE_ERROR has its anchor in docs/tokens.md', () => {
  const have = anchors('tokens.md');
  for (const kind of [...Object.keys(TOKEN_KINDS), 'PARSE_ERROR']) {
    const { page, anchor } = resolve(tokenDocsUrl(kind));
    assert.equal(page, 'tokens.md');
    assert.ok(have.has(anchor), `docs/tokens.md has no anchor "${anchor}" for ${kind}`);
  }
  assert.equal(tokenDocsUrl('MODIFY_SIG'), `${DOCS_BASE_URL}/tokens.md#modify_sig`);
  assert.equal(tokenDocsUrl('ΔIMPORT'), `${DOCS_BASE_URL}/tokens.md#delta_import`);
});

test('every docs URL spelled in server/src resolves to a page and an anchor that exist', () => {
  const urls: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) for (const m of fs.readFileSync(p, 'utf8').matchAll(/https:\/\/github\.com\/glitchlab\/glitchlab-vscode\/blob\/main\/docs\/[\w.-]+(?:#[\w-]+)?/g)) urls.push(m[0]);
    }
  };
  walk(path.join(ROOT, 'server', 'src'));
  assert.ok(urls.length >= 2, urls.join(' '));
  for (const url of urls) {
    const { page, anchor } = resolve(url);
    if (anchor) assert.ok(anchors(page).has(anchor), `docs/${page} has no anchor #${anchor} (${url})`);
  }
  for (const a of ['i1-energy', 'i2-api-contracts', 'i4-observable-stability']) assert.ok(anchors('gates.md').has(a), a);
});
