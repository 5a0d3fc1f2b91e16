/**
 * Spec text quoted in a warning or an error cannot drive the terminal: an escape
 * sequence (set the title, clear the screen), a carriage return or a bidi override
 * is printed as a visible sign, and a code frame's caret still points at its column.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { printable } from '../../src/diagnostics.js';
import { runCli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'codegen-terminal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

it('warnings and errors print spec text without terminal controls', async () => {
  const name = 'A\x1b]0;PWNED\x07\x1b[2J\u202eB\rC';
  const spec = join(work, 'spec.json');
  writeFileSync(
    spec,
    JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/x': {
          get: {
            responses: {
              200: {
                description: 'ok',
                content: {
                  'application/json': { schema: { $ref: `#/components/schemas/${name}x` } },
                },
              },
            },
          },
        },
      },
      components: { schemas: { [name]: { type: 'string' } } },
    }),
  );
  const result = await runCli(['validate', spec]);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('A␛]0;PWNED␇␛[2J\ufffdB␍C');
  expect(result.stderr).not.toMatch(CONTROLS);
});

it('keeps line breaks and tabs, and one column per character replaced', () => {
  expect(printable('a\tb\nc')).toBe('a\tb\nc');
  expect(printable('\x1b[2J\x7f\x9b\u2066')).toBe('␛[2J␡\ufffd\ufffd');
  expect(printable('\x00\x1f')).toBe('␀␟');
});
