/**
 * Cloudflare Workers Adapter for Hono.
 * @module
 */
export { handle } from './handler'
