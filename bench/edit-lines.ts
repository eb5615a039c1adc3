// Where the real-repository benchmarks type: lines inside method bodies of a file's classes
// (`    <statement>` two indentation levels deep; Python: eight spaces), skipping lines that end
// inside a string and very long ones, so a one-character edit is an ordinary body edit.
export function editLines(text: string): number[] {
  const lines = text.split('\n');
  const py = /^\s+def /.test(text) && !/\bfunction\b/.test(text.slice(0, 5000));
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (py ? /^ {8}\S/.test(l) : /^\t\t(const|let|if|return|this\.)\b/.test(l) || /^ {4}(const|let|if|return|this\.)\b/.test(l)) {
      if (!/[`'"]\s*$/.test(l) && l.length < 200) out.push(i);
    }
  }
  return out;
}
