/**
 * The SDK's package.json and the tsconfig its `build` script compiles with:
 * ESM, `exports` with types, no runtime dependency (zod with `validate`), TypeScript (the version
 * this generator type-checks its output with) as the only dev dependency.
 */
import { createRequire } from 'node:module';
import type { Api } from '../../ir/api.js';

const require = createRequire(import.meta.url);

/** The TypeScript the generator itself uses, so the SDK builds with the compiler it was checked with. */
function typescriptVersion(): string {
  return (require('typescript/package.json') as { version: string }).version;
}

/** semver, as npm requires of `version`. */
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The zod an SDK generated with `validate` imports: its one dependency then. */
const ZOD_RANGE = '^4.0.0';
/** With `dates: 'Date'` the schemas use codecs, which zod has since 4.1. */
const ZOD_CODECS_RANGE = '^4.1.0';

/** What an SDK generated with `validate` imports: zod, in the versions its schemas need. */
export function runtimeDependencies(api: Api): Record<string, string> {
  return { zod: api.dates ? ZOD_CODECS_RANGE : ZOD_RANGE };
}

export function packageJson(api: Api, name: string, validate = false): string {
  const manifest = {
    name,
    // The API's version when it is semver (npm accepts nothing else); else a first release.
    version: SEMVER.test(api.version) ? api.version : '0.1.0',
    description: `TypeScript SDK for ${api.title}`.slice(0, 300),
    type: 'module',
    main: './dist/index.js',
    types: './dist/index.d.ts',
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      // Tools read a dependency's manifest (its version, its engines) through `exports` too.
      './package.json': './package.json',
    },
    files: ['dist', 'README.md', 'api.md'],
    sideEffects: false,
    engines: { node: '>=20' },
    scripts: { build: 'tsc -p tsconfig.json', prepack: 'npm run build' },
    ...(validate && { dependencies: runtimeDependencies(api) }),
    devDependencies: { typescript: typescriptVersion() },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function packageTsconfig(): string {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      // The SDK needs only fetch and its platform types: no @types/node, so it builds for browsers too.
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      types: [],
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      declaration: true,
      rootDir: '.',
      outDir: 'dist',
    },
    include: ['**/*.ts'],
    exclude: ['dist', 'node_modules'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
