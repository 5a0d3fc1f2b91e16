/**
 * Names that carry a credential: `Authorization`, `Cookie`, `X-Api-Key`, `X-Auth-Token`, Azure's
 * `Ocp-Apim-Subscription-Key`. The SDK's runtime redacts headers so named from its errors
 * (templates/runtime/redact.ts, by the same rule: a test holds them equal); the generator
 * never fills such a parameter from the spec's default, an example someone's session.
 */
export const CREDENTIAL_NAME =
  /^(?!idem).*(auth|cookie|key|token|secret|pass|session|sign|cred|jwt)/i;

/** A parameter's description that says it is a credential (Oxford Dictionaries' `app_id`). */
export const CREDENTIAL_DESCRIPTION = /authenticat|credential|api[ _-]?key|secret|password|token/i;
