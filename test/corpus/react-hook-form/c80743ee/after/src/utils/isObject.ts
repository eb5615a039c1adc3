export default (value: any): boolean => typeof value === 'object';
