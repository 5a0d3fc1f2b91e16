/**
 * The package README of an SDK generated with `validate` (and `dates`) says
 * so: its one dependency, how to choose the checks, what dates arrive as;
 * without them it promises no dependency and says nothing of either.
 */
import { describe, expect, it } from 'vitest';
import { generate, type GenerateOptions } from '../../src/index.js';

async function packaged(options: Partial<GenerateOptions>) {
  const { files } = await generate({
    input: 'test/fixtures/validate/dates.yaml',
    output: 'test/.tmp/readme-validation',
    package: 'calendar-sdk',
    dryRun: true,
    format: false,
    ...options,
  });
  const file = (path: string) => files.find((f) => f.path === path)!.content;
  return { readme: file('README.md'), manifest: JSON.parse(file('package.json')) as object };
}

describe('the package README', () => {
  it('with validate and dates: the dependency, the checks, the dates', async () => {
    const { readme, manifest } = await packaged({ validate: true, dates: 'Date' });
    expect(readme).toContain('Its one runtime dependency is zod');
    expect(readme).toContain('## Runtime validation');
    expect(readme).toContain(
      'const client = new CalendarClient({ validate: { responses: true, requests: true } });',
    );
    expect(readme).toContain('### Dates');
    expect(readme).toMatch(/arrive as `Date` objects/);
    expect(manifest).toMatchObject({ dependencies: { zod: '^4.1.0' } });
  });

  it('with validate alone: the checks, no dates', async () => {
    const { readme, manifest } = await packaged({ validate: true });
    expect(readme).toContain('## Runtime validation');
    expect(readme).not.toContain('### Dates');
    expect(manifest).toMatchObject({ dependencies: { zod: '^4.0.0' } });
  });

  it('without validate: no dependency, no validation section', async () => {
    const { readme, manifest } = await packaged({});
    expect(readme).toContain('It has no runtime dependency');
    expect(readme).not.toMatch(/validat|zod/i);
    expect(manifest).not.toHaveProperty('dependencies');
  });
});
