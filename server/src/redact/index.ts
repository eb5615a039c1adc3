// Secret redaction (spec §3.11): detectors + the one redaction step. See redact.ts.
export { DETECTORS, SECRET_NAME, type SecretDetector } from './detectors';
export { redactDeep, redactSecrets, redactValue, redactedForm } from './redact';
