export {default} from 'ky';
export * from 'ky';
