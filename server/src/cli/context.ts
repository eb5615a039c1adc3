// What every repository-bound `glx` verb needs: the workspace of the application layer
// (app/workspace.ts: repository, validated policy, .glx/). Kept as the CLI's names for it.
export { InputError } from '../errors';
export { openWorkspace as openContext, type Workspace as CliContext } from '../app/workspace';
export { loadPolicy, readPolicy } from '../config/read-policy';
