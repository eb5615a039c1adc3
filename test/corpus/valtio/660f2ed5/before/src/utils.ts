export { subscribeKey } from './utils/subscribeKey'
export { watch } from './utils/watch'
export { devtools } from './utils/devtools'
export {
  derive,
  underive,
  unstable_getDeriveSubscriptions,
} from './utils/derive'
export { addComputed_DEPRECATED as addComputed } from './utils/addComputed'
export { proxyWithComputed } from './utils/proxyWithComputed'
export { proxyWithHistory } from './utils/proxyWithHistory'
