export * from "./event";
export * from "./utils";

// TODO: Drop in next major version
export * from "./polyfills/headers";
export * from "./polyfills/response";
