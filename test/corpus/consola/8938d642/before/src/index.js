export { default as Consola } from './consola'
export { default as Types } from './types'
export { isLogObj, assignGlobalConsola } from './utils'

export * from './reporters'
