export { GraphQLError, printError } from './GraphQLError';

export { syntaxError } from './syntaxError';

export { locatedError } from './locatedError';

export { formatError } from './formatError';
export type { GraphQLFormattedError } from './formatError';
