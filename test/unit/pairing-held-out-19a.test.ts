// Held-out batch 19a (docs/accuracy.md "Held-out batch 19a"): the defect its review found, on a
// small case with the neighbours that must keep their answer. Real parses (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

/** Structural tokens as `KIND symbol`, sorted. */
const structure = (file: string, b: string, h: string) =>
  directDelta({ [file]: b }, { [file]: h })
    .tokens.filter((t) => ['ADD_FN', 'DEL_FN', 'RENAME_FN', 'EXTRACT_FN', 'INLINE_FN', 'MOVE_SYMBOL'].includes(t.kind))
    .map((t) => `${t.kind} ${t.symbol}`)
    .sort();

// jotai 385d42f6 (`atomWithQuery`, trimmed): the observer's unsubscribe bookkeeping, which was
// code of the nested `initializer` inside G's `onMount` arrow, becomes a new closure `const
// cleanup = (callback) => {…}` declared in that arrow and handed over as a value, `init(cleanup)`.
// Elsewhere in G — in the write arrow of another atom, a sibling scope — `cleanup(observer.destroy)`
// calls that arrow's own *parameter* named `cleanup`. A closure nested in G is called by G's own
// code by its bare name (batches 15b, 17b), and a bare call outside the block that declares a
// `const`/`let` closure cannot reach it: G never calls F, so F is added, not extracted (§3.3).
const jotaiBase = `import { QueryClient, QueryObserver } from 'react-query'
import { atom } from 'jotai'
import { getQueryClient } from './queryClientAtom'

export function atomWithQuery(createQuery, equalityFn = Object.is) {
  const dataAtom = atom(new Promise(() => {}))
  const queryAtom = atom(
    (get) => {
      const options = typeof createQuery === 'function' ? createQuery(get) : createQuery
      const observerAtom = atom(null, (get, set, action) => {
        if (action.type === 'init') {
          set(dataAtom, new Promise(() => {}))
          action.initializer(getQueryClient(get, set))
        } else if (action.type === 'data') {
          const data = get(dataAtom)
          if (data === null || !equalityFn(data, action.data)) {
            set(dataAtom, action.data)
          }
        }
      })
      observerAtom.onMount = (dispatch) => {
        let unsub
        const initializer = (queryClient) => {
          const observer = new QueryObserver(queryClient, options)
          observer.subscribe((result) => {
            if (result.data !== undefined) {
              dispatch({ type: 'data', data: result.data })
            }
          })
          if (unsub === false) {
            observer.destroy()
          } else {
            unsub = () => {
              observer.destroy()
            }
          }
        }
        dispatch({ type: 'init', initializer })
        return () => {
          if (unsub) {
            unsub()
          }
          unsub = false
        }
      }
      return [options, observerAtom]
    },
    (get, set, action) => set(dataAtom, action)
  )
  return queryAtom
}
`;

const jotaiHead = (writeCalls: string) => `import { QueryObserver } from 'react-query'
import { atom } from 'jotai'
import { getQueryClient } from './queryClientAtom'

export function atomWithQuery(createQuery, equalityFn = Object.is) {
  const dataAtom = atom(new Promise(() => {}))
  const queryAtom = atom(
    (get) => {
      const options = typeof createQuery === 'function' ? createQuery(get) : createQuery
      const initAtom = atom(null, (get, set, ${writeCalls}) => {
        set(dataAtom, new Promise(() => {}))
        const queryClient = getQueryClient(get, set)
        const observer = new QueryObserver(queryClient, options)
        let hasData = false
        observer.subscribe((result) => {
          if (result.data !== undefined) {
            if (!hasData || !equalityFn(get(dataAtom), result.data)) {
              hasData = true
              set(dataAtom, result.data)
            }
          }
        })
        ${writeCalls}(observer.destroy)
      })
      initAtom.onMount = (init) => {
        let destroy
        const cleanup = (callback) => {
          if (destroy === false) {
            callback()
          } else {
            destroy = callback
          }
        }
        init(cleanup)
        return () => {
          if (destroy) {
            destroy()
          }
          destroy = false
        }
      }
      return [options, initAtom]
    },
    (get, set, action) => set(dataAtom, action)
  )
  return queryAtom
}
`;

test('jotai 385d42f6: a bare call outside the block declaring a const closure is no call of it (added, not extracted)', () => {
  assert.deepEqual(structure('src/query/atomWithQuery.ts', jotaiBase, jotaiHead('cleanup')), [
    'ADD_FN atomWithQuery.cleanup',
    'DEL_FN atomWithQuery.initializer',
  ]);
});

// The parameter renamed (`done`): nothing in G calls `cleanup` at all — the same answer, which
// held before the fix too.
test('jotai 385d42f6, the parameter named otherwise: added', () => {
  assert.deepEqual(structure('src/query/atomWithQuery.ts', jotaiBase, jotaiHead('done')), [
    'ADD_FN atomWithQuery.cleanup',
    'DEL_FN atomWithQuery.initializer',
  ]);
});

// Neighbour: the closure called inside the block that declares it — from the arrow's own code —
// is G calling F: still an extract.
test('a const closure called inside its own block is still extracted', () => {
  const head = jotaiHead('done').replace('        init(cleanup)\n', '        init(cleanup)\n        cleanup(() => {})\n');
  assert.deepEqual(structure('src/query/atomWithQuery.ts', jotaiBase, head), [
    'DEL_FN atomWithQuery.initializer',
    'EXTRACT_FN atomWithQuery.cleanup',
  ]);
});

// Neighbour: a closure declared at the top of G's body is in scope everywhere in G, callbacks
// included — a call from a sibling arrow still reaches it (the extract of a plain helper). The
// template literal's `${…}` between the declaration and the call must not end G's block early
// (knex f56eaf5c's `runInTransaction`, which a first version of the fix lost).
const topBase = `export function load(items, cache) {
  const out = []
  items.forEach((item) => {
    const key = \`id:\${item.id}\`.trim().toLowerCase()
    if (cache.has(key)) {
      out.push(cache.get(key))
    } else {
      const value = { id: item.id, name: item.name, tags: [...item.tags].sort() }
      cache.set(key, value)
      out.push(value)
    }
  })
  return out
}
`;
const topHead = `export function load(items, cache) {
  const out = []
  const remember = (item) => {
    const key = \`id:\${item.id}\`.trim().toLowerCase()
    if (cache.has(key)) {
      out.push(cache.get(key))
    } else {
      const value = { id: item.id, name: item.name, tags: [...item.tags].sort() }
      cache.set(key, value)
      out.push(value)
    }
  }
  items.forEach((item) => {
    remember(item)
  })
  return out
}
`;

test('a const closure declared at the top of G, called from a callback of G, is still extracted', () => {
  assert.deepEqual(structure('src/load.js', topBase, topHead), ['EXTRACT_FN load.remember']);
});
