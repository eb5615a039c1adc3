// Errors a user can cause (placeholder until the one error model lands: see docs/errors.md).
/** Bad input (unreadable config, unknown revision…): one line, exit 2. */
export class InputError extends Error {}
