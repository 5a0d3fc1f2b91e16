/** Statements the printer lays out itself must come out as prettier would write them. */
import { expect, it } from 'vitest';
import { formatText } from '../../src/format/prettier.js';
import { layoutStatement } from '../../src/print/expression.js';

// A client's base URL, read from the environment when the options give none: with a long
// server URL, the `??` chain goes under its key (the printer had left such a file to prettier).
it.each([
  "super(options, { defaultBaseUrl: options.baseUrl ?? readEnv('CONFORMANCE_BASE_URL') ?? 'https://api.conformance.example/v1', securitySchemes: {} });",
  "super(options, { defaultBaseUrl: options.baseUrl ?? readEnv('A_BASE_URL') ?? 'https://a.example', securitySchemes: {} });",
])('%s', async (statement) => {
  const laid = layoutStatement(statement, '    ');
  expect(laid).toBeDefined();
  const formatted = await formatText(
    `class A extends B {\n  constructor() {\n    ${statement}\n  }\n}\n`,
  );
  expect(formatted).toContain(`${laid!}\n`);
});
