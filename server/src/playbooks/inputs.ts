// Playbook inputs: raw values (CLI `--name value`, editor quick picks) → typed, validated values.
// A bad value is bad input naming the input and the reason, before anything runs.
import { UsageError } from '../errors';
import type { InputValue, Inputs, Playbook, PlaybookInput } from './types';

function coerce(pb: Playbook, spec: PlaybookInput, raw: InputValue): InputValue {
  const where = `playbook ${pb.id}: --${spec.name}`;
  switch (spec.type) {
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (/^(true|yes|1|on)$/i.test(String(raw))) return true;
      if (/^(false|no|0|off)$/i.test(String(raw))) return false;
      throw new UsageError(`${where} ${String(raw)}: expected true or false`);
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
      if (String(raw).trim() === '' || !Number.isFinite(n)) throw new UsageError(`${where} ${String(raw)}: not a number`);
      return n;
    }
    case 'enum':
      if (!spec.choices?.includes(String(raw))) throw new UsageError(`${where} ${String(raw)}: expected one of ${spec.choices?.join(', ')}`);
      return String(raw);
    default:
      if (typeof raw === 'boolean') throw new UsageError(`${where} needs a value`);
      return String(raw);
  }
}

/** Typed inputs with defaults applied; unknown names, missing required values and invalid values are usage errors. */
export function resolveInputs(pb: Playbook, raw: Record<string, InputValue | undefined>): Inputs {
  const known = new Map(pb.inputs.map((i) => [i.name, i] as const));
  for (const k of Object.keys(raw)) {
    if (raw[k] !== undefined && !known.has(k)) {
      throw new UsageError(`playbook ${pb.id}: unknown input --${k}${pb.inputs.length ? ` (inputs: ${pb.inputs.map((i) => `--${i.name}`).join(', ')})` : ' (it takes no inputs)'}`);
    }
  }
  const out: Inputs = {};
  for (const spec of pb.inputs) {
    const v = raw[spec.name];
    if (v === undefined) {
      if (spec.default !== undefined) out[spec.name] = spec.default;
      continue;
    }
    out[spec.name] = coerce(pb, spec, v);
  }
  for (const spec of pb.inputs) {
    if (spec.required && out[spec.name] === undefined) throw new UsageError(`playbook ${pb.id}: --${spec.name} is required (${spec.desc})`);
    if (out[spec.name] !== undefined && spec.validate) {
      const why = spec.validate(out[spec.name], out);
      if (why) throw new UsageError(`playbook ${pb.id}: --${spec.name} ${String(out[spec.name])}: ${why}`);
    }
  }
  return out;
}

/** Canonical form of inputs (to tell whether a re-run asks for the same thing). */
export function inputsKey(inputs: Inputs): string {
  return JSON.stringify(Object.keys(inputs).sort().map((k) => [k, inputs[k]]));
}

export const str = (inputs: Inputs, k: string): string | undefined => (inputs[k] === undefined ? undefined : String(inputs[k]));
export const num = (inputs: Inputs, k: string): number | undefined => (typeof inputs[k] === 'number' ? (inputs[k] as number) : undefined);
export const bool = (inputs: Inputs, k: string): boolean => inputs[k] === true;
