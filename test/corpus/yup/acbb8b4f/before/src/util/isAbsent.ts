export default (value: any): value is undefined | null => value == null;
