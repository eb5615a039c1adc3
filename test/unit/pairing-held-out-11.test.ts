// The defect class found on held-out batch 11 (black, eslint, vite; docs/accuracy.md "Held-out
// batch 11"), on a small case shaped like the real commit that showed it, with the neighbouring
// cases that must keep their answer. The real commits are corpus cases too
// (test/corpus/<project>/<sha8>, scored by accuracy-corpus.test.ts).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

const SCORED = ['ADD_FN', 'DEL_FN', 'RENAME_FN', 'EXTRACT_FN', 'INLINE_FN', 'MOVE_SYMBOL', 'ADD_CLASS', 'DEL_CLASS', 'RENAME_CLASS', 'MODIFY_SIG'];
const scored = (r: ReturnType<typeof directDelta>) =>
  r.tokens.filter((t) => SCORED.includes(t.kind) || t.kind === 'ΔIMPORT').map((t) => `${t.kind} ${t.kind === 'ΔIMPORT' ? `${String(t.meta.sign)}${String(t.meta.spec)}` : t.symbol}`).sort();

// eslint 55f0cb68 (brace-style rewritten): inside `create`, the nested `reportExtraNewline`
// (called only by the nested checkers) became the nested `removeNewlineBetween`, called only by
// the new nested `validateCurlyPair`. `create`'s own code calls neither: a nested function's
// declaration names it in the enclosing body, and that name is no call (§3.3 "G now calls F",
// judged on G's own code since batch 8).
const base = `module.exports = {
  create(context) {
    const sourceCode = context.getSourceCode();
    function reportExtraNewline(node, message, firstToken) {
      context.report({
        node,
        message,
        fix(fixer) {
          const secondToken = sourceCode.getTokenAfter(firstToken);
          const textBetween = sourceCode.getText().slice(firstToken.range[1], secondToken.range[0]);
          const NEWLINE_REGEX = /\\r\\n|\\r|\\n/g;
          return textBetween.trim() ? null : fixer.replaceTextRange([firstToken.range[1], secondToken.range[0]], textBetween.replace(NEWLINE_REGEX, ""));
        }
      });
    }
    function checkBlock(node) {
      const previousToken = sourceCode.getTokenBefore(node.body);
      const curlyToken = sourceCode.getFirstToken(node.body);
      if (previousToken.loc.start.line !== curlyToken.loc.start.line) {
        reportExtraNewline(node, "open", previousToken);
      }
    }
    return { BlockStatement: checkBlock };
  }
};
`;

const head = `const astUtils = require("./ast-utils");
module.exports = {
  create(context) {
    const sourceCode = context.getSourceCode();
    function removeNewlineBetween(firstToken, secondToken) {
      const textRange = [firstToken.range[1], secondToken.range[0]];
      const textBetween = sourceCode.text.slice(textRange[0], textRange[1]);
      const NEWLINE_REGEX = /\\r\\n|\\r|\\n/g;
      return fixer => fixer.replaceTextRange(textRange, textBetween.trim() ? null : textBetween.replace(NEWLINE_REGEX, ""));
    }
    function validateCurlyPair(openingCurly, closingCurly) {
      const tokenBefore = sourceCode.getTokenBefore(openingCurly);
      const tokenAfterOpeningCurly = sourceCode.getTokenAfter(openingCurly);
      const singleLineException = context.options[1] && astUtils.isTokenOnSameLine(openingCurly, closingCurly);
      if (!astUtils.isTokenOnSameLine(tokenBefore, openingCurly) && !singleLineException) {
        context.report({ node: openingCurly, message: "open", fix: removeNewlineBetween(tokenBefore, openingCurly) });
      }
      if (astUtils.isTokenOnSameLine(openingCurly, tokenAfterOpeningCurly) && tokenAfterOpeningCurly !== closingCurly) {
        context.report({ node: openingCurly, message: "body", fix: fixer => fixer.insertTextAfter(openingCurly, "\\n") });
      }
    }
    return { BlockStatement: node => validateCurlyPair(sourceCode.getFirstToken(node), sourceCode.getLastToken(node)) };
  }
};
`;

test('a nested function that only another nested function calls is not extracted from, nor inlined into, the enclosing function: its declaration is no call (eslint 55f0cb68)', () => {
  assert.deepEqual(scored(directDelta({ 'brace-style.js': base }, { 'brace-style.js': head })), [
    'ADD_FN create.removeNewlineBetween',
    'ADD_FN create.validateCurlyPair',
    'DEL_FN create.checkBlock',
    'DEL_FN create.reportExtraNewline',
    'ΔIMPORT +./ast-utils',
  ]);
});

test('a nested helper the enclosing function itself calls is still extracted from it (black 0f18001a / eslint 9b509ce2 shape)', () => {
  // The enclosing function's own code (an anonymous listener is its code, §3.1) calls the new
  // nested helper whose body left it: one declaration plus one call.
  const a = `module.exports = {
  create(context) {
    const options = context.options[0] || {};
    return {
      CallExpression(node) {
        let config = "always";
        if (node.arguments.length > 2 && options.multiline === "never" && node.callee.type === "Identifier") {
          config = options.override || "never";
        }
        context.report({ node, message: config });
      }
    };
  }
};
`;
  const b = `module.exports = {
  create(context) {
    const options = context.options[0] || {};
    function configFor(node) {
      let config = "always";
      if (node.arguments.length > 2 && options.multiline === "never" && node.callee.type === "Identifier") {
        config = options.override || "never";
      }
      return config;
    }
    return {
      CallExpression(node) {
        context.report({ node, message: configFor(node) });
      }
    };
  }
};
`;
  assert.deepEqual(scored(directDelta({ 'rule.js': a }, { 'rule.js': b })), ['EXTRACT_FN create.configFor']);
});

test('a same-named helper a function delegates to keeps counting as called when nothing nested names it (werkzeug 81d2ed03 shape)', () => {
  // G's body drops its own name (§3.1): `get_path_info` delegating to a new module-level
  // `get_path_info` shows no mention of it in G, and no child names it either.
  const a = `class Request:
    def get_path_info(self, charset="utf-8"):
        path = self.environ.get("PATH_INFO", "")
        path = path.encode("latin1").decode(charset, "replace")
        return path.strip("/") or "/"
`;
  const b = `def get_path_info(environ, charset="utf-8"):
    path = environ.get("PATH_INFO", "")
    path = path.encode("latin1").decode(charset, "replace")
    return path.strip("/") or "/"


class Request:
    def get_path_info(self, charset="utf-8"):
        return get_path_info(self.environ, charset)
`;
  const got = scored(directDelta({ 'wrappers.py': a }, { 'wrappers.py': b }));
  assert.ok(got.includes('EXTRACT_FN get_path_info'), got.join(', '));
});

// vite 3c8bf064: `await import('@vitejs/devtools/integration')` inside a new function and inside
// a method was reported as a new module import. ΔIMPORT is about module-level imports; an import
// inside a function is that function's code (docs/accuracy.md labelling conventions), as a
// Python `import` in a def or a `require` in a function body already are.
test('a dynamic import() inside a function is that function\'s code, not a ΔIMPORT; at module level it is one (vite 3c8bf064)', () => {
  const a = `import colors from 'picocolors'
export async function resolvePlugins(config) {
  return [config.plugins].filter(Boolean)
}
`;
  const b = `import colors from 'picocolors'
export async function resolvePlugins(config) {
  const devtools = config.devtools ? await loadDevTools(config) : null
  return [config.plugins, devtools].filter(Boolean)
}
async function loadDevTools(config) {
  try {
    const { DevToolsIntegration } = await import('@vitejs/devtools/integration')
    return DevToolsIntegration({ config })
  } catch (error) {
    config.logger.error(colors.red(String(error)))
    return null
  }
}
export const builder = {
  async runDevTools() {
    const { runDevTools } = await import('@vitejs/devtools/cli')
    await runDevTools()
  },
}
`;
  assert.deepEqual(scored(directDelta({ 'plugins.ts': a }, { 'plugins.ts': b })), ['ADD_FN builder.runDevTools', 'ADD_FN loadDevTools']);
  // Removed from inside a function: no ΔIMPORT either.
  assert.deepEqual(scored(directDelta({ 'plugins.ts': b }, { 'plugins.ts': b.replace("await import('@vitejs/devtools/integration')", "await Promise.resolve({ DevToolsIntegration: () => null })") })), []);
  // A top-level `await import()` runs at module level: the module imports it.
  const c = `${a}const { plugin } = await import('./lazy-plugin.js')\n`;
  assert.deepEqual(scored(directDelta({ 'plugins.ts': a }, { 'plugins.ts': c })), ['ΔIMPORT +./lazy-plugin.js']);
});
