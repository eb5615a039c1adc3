// Test-only fault injection, loaded with `node --require out/test/helpers/fault-eio.js …` in
// front of bin/glx or dist/server.js: makes one fs call fail with EIO ("i/o error") for paths
// matching a pattern — the kind of failure glx cannot explain (an internal error, exit 70).
// Nothing in the product knows about it:
//   GLX_FAULT_EIO_CALL   fs function to break (renameSync, readFileSync…)
//   GLX_FAULT_EIO_PATH   regular expression matched against the path argument (first argument,
//                        or the second — the target — for renameSync)
import fs = require('node:fs');

const call = process.env.GLX_FAULT_EIO_CALL;
const pattern = process.env.GLX_FAULT_EIO_PATH;
if (call && pattern) {
  const re = new RegExp(pattern);
  const target = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = target[call];
  if (typeof original !== 'function') throw new Error(`fault-eio: fs.${call} is not a function`);
  target[call] = function (this: unknown, ...args: unknown[]) {
    const p = String(call === 'renameSync' ? args[1] : args[0]);
    if (re.test(p)) {
      const e = new Error(`EIO: i/o error, ${call.replace(/Sync$/, '')} '${p}'`) as NodeJS.ErrnoException;
      e.code = 'EIO';
      e.errno = -5;
      e.syscall = call.replace(/Sync$/, '');
      e.path = p;
      throw e;
    }
    return original.apply(this, args);
  };
}
