import { afterEach, describe, expect, it } from 'vitest';
import { readEnv } from '../../templates/runtime/security.js';

const set = (name: string, value: string) => {
  process.env[name] = value;
};
afterEach(() => {
  for (const name of ['CG_TEST_KEY', 'CG_TEST_USER', 'CG_TEST_PASSWORD']) delete process.env[name];
});

describe('readEnv', () => {
  it('reads one variable; empty counts as unset', () => {
    expect(readEnv('CG_TEST_KEY')).toBeUndefined();
    set('CG_TEST_KEY', '');
    expect(readEnv('CG_TEST_KEY')).toBeUndefined();
    set('CG_TEST_KEY', 'k');
    expect(readEnv('CG_TEST_KEY')).toBe('k');
  });

  // Stripe's basic auth: the key is the user name, the password empty.
  it('joins a user name and a password, which may be empty; none without a user name', () => {
    set('CG_TEST_PASSWORD', 's3:cret');
    expect(readEnv('CG_TEST_USER', 'CG_TEST_PASSWORD')).toBeUndefined();
    set('CG_TEST_USER', 'alice');
    expect(readEnv('CG_TEST_USER', 'CG_TEST_PASSWORD')).toBe('alice:s3:cret');
    delete process.env['CG_TEST_PASSWORD'];
    expect(readEnv('CG_TEST_USER', 'CG_TEST_PASSWORD')).toBe('alice:');
    set('CG_TEST_PASSWORD', '');
    expect(readEnv('CG_TEST_USER', 'CG_TEST_PASSWORD')).toBe('alice:');
  });

  it('never reads an inherited member as a variable', () => {
    expect(readEnv('constructor')).toBeUndefined();
    expect(readEnv('toString')).toBeUndefined();
  });

  // Deno without --allow-env: reading a variable throws NotCapable, and the client's constructor
  // threw with it, though its baseUrl and key were given.
  it('reads nothing, never throws, where the environment may not be read', () => {
    const real = Object.getOwnPropertyDescriptor(globalThis, 'process')!;
    Object.defineProperty(globalThis, 'process', {
      configurable: true,
      value: {
        get env(): never {
          throw new Error('Requires env access');
        },
      },
    });
    try {
      expect(readEnv('CG_TEST_KEY')).toBeUndefined();
    } finally {
      Object.defineProperty(globalThis, 'process', real);
    }
  });
});
