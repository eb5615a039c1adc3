export { RESET } from './utils/constants'
export { useUpdateAtom } from './utils/useUpdateAtom'
export { useAtomValue } from './utils/useAtomValue'
export { atomWithReset } from './utils/atomWithReset'
export { useResetAtom } from './utils/useResetAtom'
export { useReducerAtom } from './utils/useReducerAtom'
export { atomWithReducer } from './utils/atomWithReducer'
export { atomFamily } from './utils/atomFamily'
export { selectAtom } from './utils/selectAtom'
export { useAtomCallback } from './utils/useAtomCallback'
export { freezeAtom, freezeAtomCreator } from './utils/freezeAtom'
export { splitAtom } from './utils/splitAtom'
export { atomWithDefault } from './utils/atomWithDefault'
export { waitForAll } from './utils/waitForAll'
export {
  atomWithStorage,
  atomWithHash,
  createJSONStorage,
} from './utils/atomWithStorage'
