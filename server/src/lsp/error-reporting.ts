// How the language server reports errors (docs/errors.md): the same model as glx
// (../errors.ts), mapped onto LSP conventions, and the server keeps running.
// - A request the client made fails with a ResponseError whose message is the one user line
//   (userMessage) and whose data is {kind, input}: LSPErrorCodes.RequestFailed for bad input,
//   not-found and busy, ErrorCodes.InternalError for internal errors. The client shows it.
// - Work nobody asked for (hooks: a document event, a git change, publishing HEAD into EGDB)
//   has no response to carry the error: it becomes one window/showMessage (Error for internal,
//   Warning otherwise) — once per distinct line, so a failure repeating on every event does not
//   flood the editor — and a line in the log.
// - Stack traces go only to the log (connection.console), and only with GLX_DEBUG=1 or when
//   the client asked for verbose tracing in initialize; never into a user-visible message.
import {
  ErrorCodes, LSPErrorCodes, MessageType, ResponseError, ShowMessageNotification, type CancellationToken, type Connection, type RequestType,
} from 'vscode-languageserver/node';
import { debugEnabled, debugStack, toGlxError, userMessage, type GlxErrorKind } from '../errors';
import { paramsProblem } from '../protocol/request-params';

export interface ErrorData {
  kind: GlxErrorKind;
  input?: string;
}

/** Distinct lines already shown with showMessage (bounded). */
const MAX_REMEMBERED = 64;

export class ErrorReporter {
  private verbose = false;
  private readonly shown = new Set<string>();

  constructor(private readonly conn: Connection) {}

  /** The client's initialize `trace` ('verbose' also logs stacks). */
  setTrace(trace: string | undefined | null): void {
    this.verbose = trace === 'verbose';
  }

  /** Whether stacks go to the log. */
  get debug(): boolean {
    return this.verbose || debugEnabled();
  }

  /** One log line (warning, or error for internal errors), plus the stack when debugging. */
  log(where: string, e: unknown): string {
    const g = toGlxError(e);
    const line = userMessage(g);
    const text = `glitchlab: ${where ? `${where}: ` : ''}${line}`;
    if (g.kind === 'internal') this.conn.console.error(text);
    else this.conn.console.warn(text);
    if (this.debug) this.conn.console.log(debugStack(e));
    return line;
  }

  /** The ResponseError a failed request answers with. */
  responseError(e: unknown): ResponseError<ErrorData> {
    const g = toGlxError(e);
    const code = g.kind === 'internal' ? ErrorCodes.InternalError : g.kind === 'cancelled' ? LSPErrorCodes.RequestCancelled : LSPErrorCodes.RequestFailed;
    const data: ErrorData = g.input === undefined ? { kind: g.kind } : { kind: g.kind, input: g.input };
    return new ResponseError(code, userMessage(g), data);
  }

  /**
   * Wraps a request handler: a thrown error is logged and answered as a ResponseError with the
   * one user line (vscode-jsonrpc would otherwise send "Request … failed with message: …").
   */
  request<P, R>(method: string, handler: (params: P, signal: AbortSignal) => R | Promise<R>): (params: P, token?: CancellationToken) => Promise<R> {
    return async (params: P, token?: CancellationToken) => {
      // Params of the wrong shape are the client's mistake: InvalidParams with a sentence,
      // before the handler can trip over them (protocol/request-params.ts).
      const problem = paramsProblem(method, params);
      if (problem) {
        this.conn.console.warn(`glitchlab: ${problem}`);
        throw new ResponseError(ErrorCodes.InvalidParams, problem);
      }
      // The client's $/cancelRequest (a Cancel button) as an AbortSignal the use cases check.
      const controller = new AbortController();
      const sub = token?.onCancellationRequested(() => controller.abort());
      if (token?.isCancellationRequested) controller.abort();
      try {
        return await handler(params, controller.signal);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        this.log(method, e);
        throw this.responseError(e);
      } finally {
        sub?.dispose();
      }
    };
  }

  /** conn.onRequest(type, handler) with the handler wrapped by request(). */
  onRequest<P, R>(type: RequestType<P, R, void>, handler: (params: P, signal: AbortSignal) => R | Promise<R>): void {
    this.conn.onRequest(type, this.request(type.method, handler));
  }

  /** A failure of work nobody is waiting for: logged, and shown once as an editor message. */
  notify(where: string, e: unknown): void {
    const g = toGlxError(e);
    const line = this.log(where, e);
    const text = `GlitchLab: ${where ? `${where}: ` : ''}${line}`;
    if (this.shown.has(text)) return;
    if (this.shown.size >= MAX_REMEMBERED) this.shown.clear();
    this.shown.add(text);
    // The window/showMessage notification: nothing to answer, nothing for the client to hold open.
    void this.conn.sendNotification(ShowMessageNotification.type, { type: g.kind === 'internal' ? MessageType.Error : MessageType.Warning, message: text });
  }

  /** Runs a fire-and-forget promise; its failure goes to notify() instead of crashing the server. */
  background(where: string, p: Promise<unknown>): void {
    p.catch((e) => this.notify(where, e));
  }

  /**
   * Last resort for errors that escape every handler (a stray rejection, a throw in a timer):
   * the server reports them and keeps serving instead of exiting.
   */
  installProcessHandlers(): void {
    process.on('unhandledRejection', (e) => this.notify('', e));
    process.on('uncaughtException', (e) => this.notify('', e));
  }
}
