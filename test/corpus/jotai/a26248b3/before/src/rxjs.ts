export { atomWithObservable } from './rxjs/atomWithObservable'
