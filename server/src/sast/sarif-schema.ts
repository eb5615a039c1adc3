// SARIF 2.1.0 validation with ajv against the OASIS schema shipped beside this file
// (`sarif-schema-2.1.0.json`, the errata01 text of oasis-tcs/sarif-spec; no network at run
// time). The published schema is draft-04, which ajv 8 does not read; the only draft-04
// construct it uses is the top-level `id`, so it is loaded as `$id` (draft-07 semantics are the
// same for every other keyword it uses: docs/sast.md). Runs are validated one by one so that a
// broken run does not hide the valid ones (issue 12: "the valid runs still ingested").
import type AjvClass from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type addFormatsFn from 'ajv-formats';
import schemaText from './sarif-schema-2.1.0.json';

export const SARIF_SCHEMA_ID = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

let validators: { log: ValidateFunction; run: ValidateFunction } | undefined;

function load(): { log: ValidateFunction; run: ValidateFunction } {
  if (validators) return validators;
  const { $schema: _draft, id, ...rest } = schemaText as Record<string, unknown>;
  // ajv is required on first use (issue 14: a verb that imports no SARIF never evaluates it).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = (require('ajv') as { default: typeof AjvClass }).default;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const addFormats = (require('ajv-formats') as { default: typeof addFormatsFn }).default;
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ ...rest, $id: String(id ?? SARIF_SCHEMA_ID) });
  const base = String(id ?? SARIF_SCHEMA_ID);
  validators = { log: ajv.getSchema(base)!, run: ajv.getSchema(`${base}#/definitions/run`)! };
  return validators;
}

/** `$.runs[1].results[0].locations` from ajv's `/runs/1/results/0/locations`. */
export function jsonPath(prefix: string, instancePath: string): string {
  let out = prefix;
  for (const seg of instancePath.split('/').slice(1)) {
    const s = seg.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(s) ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`;
  }
  return out;
}

export interface SchemaError {
  path: string;
  message: string;
}

function describe(e: ErrorObject, prefix: string): SchemaError {
  const extra = e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})`
    : e.keyword === 'enum' ? ` (${((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')})` : '';
  return { path: jsonPath(prefix, e.instancePath), message: `${e.message ?? e.keyword}${extra}` };
}

/** Schema errors of a whole SARIF log (empty when valid). */
export function validateSarifLog(log: unknown): SchemaError[] {
  const v = load().log;
  return v(log) ? [] : (v.errors ?? []).map((e) => describe(e, '$'));
}

/** Schema errors of one run (`$.runs[i]`). */
export function validateSarifRun(run: unknown, i: number): SchemaError[] {
  const v = load().run;
  return v(run) ? [] : (v.errors ?? []).map((e) => describe(e, `$.runs[${i}]`));
}
