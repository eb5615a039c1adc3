import { UNDEFINED } from '../constants';

export default (data: any) => typeof data === UNDEFINED;
