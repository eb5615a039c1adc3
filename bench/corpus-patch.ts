// Rebuilds the head of a modified corpus file from its base and the commit's unified diff
// (scripts/corpus/extract-commit.mjs stores modified files that way to keep test/corpus small).
// Exact: every context and removed line must match the base byte for byte, "\ No newline at end
// of file" markers are honoured, and the caller checks the result against the recorded sha256.

/** Lines with their terminators; the last one may have none. */
function linesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

export function applyUnifiedDiff(before: string, patch: string): string {
  const base = linesOf(before);
  const diff = patch.split('\n');
  const out: string[] = [];
  let next = 0; // index into base of the next line not yet copied
  let i = 0;
  while (i < diff.length && !diff[i].startsWith('@@')) i++;
  while (i < diff.length) {
    const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(diff[i]);
    if (!m) {
      if (diff[i] === '') {
        i++;
        continue;
      }
      throw new Error(`corpus patch: unexpected line ${i + 1}: ${diff[i].slice(0, 60)}`);
    }
    const oldStart = Number(m[1]);
    const oldCount = m[2] === undefined ? 1 : Number(m[2]);
    // A hunk removing from an empty range starts after line oldStart (git's convention).
    const from = oldCount === 0 ? oldStart : oldStart - 1;
    while (next < from) out.push(base[next++]);
    i++;
    for (; i < diff.length && !diff[i].startsWith('@@'); i++) {
      const line = diff[i];
      if (line.startsWith('\\')) continue; // handled with the line it follows
      const noEol = diff[i + 1]?.startsWith('\\') ?? false;
      const text = line.slice(1) + (noEol ? '' : '\n');
      const tag = line[0];
      if (tag === ' ' || tag === '-') {
        if (base[next] !== text) throw new Error(`corpus patch: base line ${next + 1} does not match the diff`);
        next++;
        if (tag === ' ') out.push(text);
      } else if (tag === '+') out.push(text);
      else if (line === '' && i === diff.length - 1) break;
      else throw new Error(`corpus patch: unexpected line ${i + 1}: ${line.slice(0, 60)}`);
    }
  }
  while (next < base.length) out.push(base[next++]);
  return out.join('');
}
