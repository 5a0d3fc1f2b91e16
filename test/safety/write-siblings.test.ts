/** Only staging folders a killed run of ours left beside the output are cleaned up, never a user's. */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';

describe('folders beside the output', () => {
  it('a folder named like a staging folder but not one is kept; an abandoned one is removed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'codegen-siblings-'));
    const mine = join(root, '.sdk.codegen-mystuff');
    mkdirSync(mine);
    writeFileSync(join(mine, 'data'), 'important');
    const lookalike = join(root, '.sdk.codegen-abc123');
    mkdirSync(lookalike);
    writeFileSync(join(lookalike, 'notes.txt'), 'mine too');
    const abandoned = join(root, '.sdk.codegen-Zx81Qa');
    mkdirSync(join(abandoned, 'files'), { recursive: true });
    writeFileSync(join(abandoned, 'journal.json'), '{}');

    await generate({ input: 'specs/meibel', output: join(root, 'sdk') });

    expect(existsSync(join(mine, 'data'))).toBe(true);
    expect(existsSync(join(lookalike, 'notes.txt'))).toBe(true);
    expect(existsSync(abandoned)).toBe(false);
  });
});
