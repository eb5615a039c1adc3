// A build-time patch of web-tree-sitter's JavaScript glue (issue 14): every i32 read and write
// between JS and the wasm memory — a TreeCursor's four words before and after each move, a node's
// position, an edit — goes through emscripten's generic `getValue(ptr, "i32")` /
// `setValue(ptr, v, "i32")`, which test the type string on every call and go through a DataView.
// A cursor walk over webpack's lib/Compilation.js (38,636 nodes, four reads per node) took 31 ms;
// with the words read and written through the module's Int32Array view of the same memory, 15 ms
// (CPU profiles: that glue was ~5 % of a cold history walk and of an editor keystroke's analysis).
//
// Same values: wasm memory is little-endian; an Int32Array uses the host's byte order, so the
// typed-array path is taken only on a little-endian host (every platform node ships for but
// s390x), else the original call. `C.HEAP32` is emscripten's view, replaced by the module
// whenever the memory grows (updateMemoryViews). Addresses are 4-byte aligned (malloc'd buffers
// plus multiples of 4). Checked by test/unit/tree-sitter-glue.test.ts: the patched module and the
// package's own give the same trees, cursors, edits and captures.
'use strict';

const GET = /C\.getValue\(([^,();]+), "i32"\)/g;
const SET = /C\.setValue\(([^,();]+), ([^,();]+), "i32"\)/g;
const PRELUDE = 'var __glxLittleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;\n';

/**
 * The patched text of web-tree-sitter's tree-sitter.cjs and how many calls were rewritten.
 * Throws when the package no longer has the shape this patch knows (an upgrade): some i32
 * accessor left, or none found — the build then stops instead of shipping a half-patched glue.
 */
function patchTreeSitterGlue(text) {
  let count = 0;
  let out = text.replace(GET, (_m, addr) => {
    count++;
    return `(__glxLittleEndian ? C.HEAP32[(${addr}) >> 2] : C.getValue(${addr}, "i32"))`;
  });
  out = out.replace(SET, (_m, addr, value) => {
    count++;
    return `(__glxLittleEndian ? (C.HEAP32[(${addr}) >> 2] = ${value}) : C.setValue(${addr}, ${value}, "i32"))`;
  });
  // Every i32 accessor of the original, however its arguments look, must have been rewritten.
  const all = (text.match(/C\.(get|set)Value\((?:[^;"]|"(?!i32"))*"i32"\)/g) ?? []).length;
  const left = all - count;
  if (count === 0 || left !== 0) {
    throw new Error(`web-tree-sitter's glue changed (${count} i32 accessors rewritten, ${left} left): update scripts/build/tree-sitter-glue.cjs`);
  }
  if (!/\bfunction setModule\(module2\) \{\s*C = module2;/.test(out)) {
    throw new Error("web-tree-sitter's glue changed (no setModule assigning C): update scripts/build/tree-sitter-glue.cjs");
  }
  return { text: PRELUDE + out, count };
}

/** The esbuild plugin: web-tree-sitter's CommonJS build, patched as it is bundled. */
const treeSitterGluePlugin = {
  name: 'tree-sitter-glue',
  setup(build) {
    const fs = require('node:fs');
    build.onLoad({ filter: /web-tree-sitter[\\/]tree-sitter\.cjs$/ }, (args) => ({
      contents: patchTreeSitterGlue(fs.readFileSync(args.path, 'utf8')).text,
      loader: 'js',
    }));
  },
};

module.exports = { patchTreeSitterGlue, treeSitterGluePlugin };
