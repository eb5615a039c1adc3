export { useSnapshot } from './react'
export { ref, proxy, getVersion, subscribe, snapshot } from './vanilla'
