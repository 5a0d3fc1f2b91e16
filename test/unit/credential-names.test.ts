/** Names that carry a credential are told by one rule, the same in the generator and the SDK's runtime. */
import { expect, it } from 'vitest';
import { CREDENTIAL_NAME } from '../../src/ir/credential-names.js';
import { SECRET_HEADER } from '../../templates/runtime/redact.js';

it('the generator and the runtime read credential names alike', () => {
  expect(CREDENTIAL_NAME.source).toBe(SECRET_HEADER.source);
  expect(CREDENTIAL_NAME.flags).toBe(SECRET_HEADER.flags);
  for (const name of ['Authorization', 'Cookie', 'X-Api-Key', 'X-Auth-Token', 'session'])
    expect(CREDENTIAL_NAME.test(name)).toBe(true);
  for (const name of ['Idempotency-Key', 'X-HTTP-Method-Override', 'Accept'])
    expect(CREDENTIAL_NAME.test(name)).toBe(false);
});
