export default (payload) => console.warn(`Oops missing the name for field: ${payload}`);
