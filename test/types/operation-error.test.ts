/**
 * `OperationError<Declared, Default>`, the one generic every `<Op>Error` aliases: what
 * each status class's body is, and what an alias costs the checker of a program that
 * imports the SDK (GitHub's has 1,223 of them). Instantiations are counted, not timed:
 * the count is the same on any machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, expectTypeOf, it } from 'vitest';
import type {
  ApiConnectionError,
  ApiStatusError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  OperationError,
} from '../../templates/runtime/errors.js';
import { SDK_COMPILER_OPTIONS, sdkCompilerHost } from '../helpers/typecheck.js';

interface Problem {
  detail: string;
}
interface Fallback {
  code: number;
}

/** The body type `OperationError` gives class `C`. */
type BodyOf<E, C> = Extract<E, C> extends { body: infer B } ? B : never;

describe('the bodies OperationError gives each class', () => {
  it('a declared class has its declared body; the others unknown', () => {
    type E = OperationError<{ NotFoundError: Problem }>;
    expectTypeOf<BodyOf<E, NotFoundError<Problem>>>().toEqualTypeOf<Problem>();
    expectTypeOf<BodyOf<E, BadRequestError<unknown>>>().toEqualTypeOf<unknown>();
    expectTypeOf<ApiConnectionError>().toMatchTypeOf<E>();
  });

  it('with a default response, undeclared classes get its body', () => {
    type E = OperationError<{ NotFoundError: Problem }, Fallback>;
    expectTypeOf<BodyOf<E, NotFoundError<Problem>>>().toEqualTypeOf<Problem>();
    expectTypeOf<BodyOf<E, BadRequestError<Fallback>>>().toEqualTypeOf<Fallback>();
  });

  it('a declared 5xx or other status also admits the default body: one code never covers them all', () => {
    type E = OperationError<{ InternalServerError: Problem; ApiStatusError: Problem }, Fallback>;
    expectTypeOf<BodyOf<E, InternalServerError<Problem | Fallback>>>().toEqualTypeOf<
      Problem | Fallback
    >();
    expectTypeOf<BodyOf<E, ApiStatusError<Problem | Fallback>>>().toEqualTypeOf<
      Problem | Fallback
    >();
  });
});

describe('what an <Op>Error alias costs the checker', () => {
  const work = mkdtempSync(join(tmpdir(), 'codegen-operation-error-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const errors = resolve('templates/runtime/errors.ts').replace(/\.ts$/, '.js');

  /** The checker's instantiations over a program of `count` aliases like an SDK's. */
  function instantiations(count: number): number {
    const file = join(work, `aliases-${count}.ts`);
    const aliases = Array.from(
      { length: count },
      (_, i) =>
        `export type Op${i}Error = OperationError<{ NotFoundError: { n${i}: string }; ConflictError: Shared }>;`,
    );
    writeFileSync(
      file,
      [
        `import type { OperationError } from ${JSON.stringify(errors)};`,
        'export interface Shared { message?: string }',
        ...aliases,
      ].join('\n'),
    );
    const options = {
      ...SDK_COMPILER_OPTIONS,
      module: ts.ModuleKind.ES2022,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
    };
    const program = ts.createProgram({
      rootNames: [file],
      options,
      host: sdkCompilerHost(options),
    });
    // The count --extendedDiagnostics prints; not in TypeScript's public types.
    const checker = program.getTypeChecker() as ts.TypeChecker & {
      getInstantiationCount(): number;
    };
    const diagnostics = ts.getPreEmitDiagnostics(program);
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual(
      [],
    );
    return checker.getInstantiationCount();
  }

  it('each alias costs a few instantiations (a mapped type over the classes cost about 50)', () => {
    const perAlias = (instantiations(300) - instantiations(100)) / 200;
    expect(perAlias).toBeLessThan(20);
  });
});
