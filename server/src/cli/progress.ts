// A progress line for long CLI work (issue 15: "on a TTY in the CLI a progress line on stderr,
// quiet when not a TTY or with --json"): `glx: calibrating 37/200 commits (18 %)`, redrawn in
// place at most 10 times a second and erased when the work ends, so stdout stays clean for
// pipes and the last stderr lines are the real messages. GLX_PROGRESS=0 turns it off.
export interface Progress {
  update(done: number, total: number, detail?: string): void;
  /** Erases the line (call once, also on failure). */
  end(): void;
}

const NONE: Progress = { update: () => undefined, end: () => undefined };

export function progressLine(label: string, opts: { json?: boolean; stream?: NodeJS.WriteStream } = {}): Progress {
  const out = opts.stream ?? process.stderr;
  if (opts.json || !out.isTTY || /^(0|false|no|off)$/i.test(process.env.GLX_PROGRESS ?? '')) return NONE;
  let last = 0;
  let shown = false;
  return {
    update(done, total, detail) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const pct = total > 0 ? ` (${Math.floor((100 * done) / total)} %)` : '';
      const line = `glx: ${label} ${done}/${total}${pct}${detail ? ` · ${detail}` : ''}`;
      out.write(`\r\x1b[K${line.slice(0, Math.max(40, (out.columns || 100) - 1))}`);
      shown = true;
    },
    end() {
      if (shown) out.write('\r\x1b[K');
      shown = false;
    },
  };
}

/**
 * Ctrl-C during long work: the first SIGINT aborts the signal (the work stops at its next step
 * and glx exits 130 with `glx: <what>: cancelled`); a second one exits at once.
 */
export function interruptSignal(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onInt = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  };
  process.on('SIGINT', onInt);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', onInt) };
}
