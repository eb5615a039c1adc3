export {default} from 'ky';
