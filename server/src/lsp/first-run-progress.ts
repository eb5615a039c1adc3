// The first-run calibration's progress in the editor (spec §3.8 "first run"; issue 14): the walk
// runs in a worker (calibration/calibrate-in-worker.ts) for minutes on a big repository, so the
// user sees a work-done progress "GlitchLab: first-run calibration — 12/90 commits" (when the
// client supports it) instead of default thresholds that change later for no visible reason.
import type { Connection } from 'vscode-languageserver/node';
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver/node';

export class FirstRunProgress {
  private reporter?: Promise<WorkDoneProgressServerReporter | undefined>;
  private ended = false;

  constructor(private readonly conn: () => Connection, private readonly supported: () => boolean) {}

  /** `done`/`total` commits of the window; both undefined when the calibration ended (any way). */
  report(done: number | undefined, total: number | undefined): void {
    if (done === undefined || total === undefined) {
      this.ended = true;
      void this.reporter?.then((r) => r?.done());
      return;
    }
    if (this.ended || !this.supported()) return;
    if (!this.reporter) {
      this.reporter = this.conn().window.createWorkDoneProgress().then(
        (r) => {
          r.begin('GlitchLab: first-run calibration', 0, 'walking the history of HEAD', false);
          return r;
        },
        () => undefined,
      );
    }
    void this.reporter.then((r) => r?.report(total ? Math.round((100 * done) / total) : 100, `${done}/${total} commits`));
  }
}
