import { createFetch } from './base'

export * from './base'

// ref: https://github.com/tc39/proposal-global
const getGlobal = function () {
  if (typeof self !== 'undefined') { return self }
  if (typeof window !== 'undefined') { return window }
  if (typeof global !== 'undefined') { return global }
  throw new Error('unable to locate global object')
}

export const $fetch = createFetch({
  fetch: getGlobal().fetch || (() => {
    return Promise.reject(new Error('[ohmyfetch] global.fetch is not supported!'))
  })
})
