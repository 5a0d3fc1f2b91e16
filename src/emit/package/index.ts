/**
 * `--package <name>`: the files that make the output directory a publishable
 * npm package. They are documents, not TypeScript, so they skip print and
 * format and carry no generated-code header.
 */
import { CodegenError } from '../../diagnostics.js';
import type { Api } from '../../ir/api.js';
import type { PrintedFile } from '../../print/print.js';
import { apiReference } from './api-reference.js';
import { clientMethods, functionMethods } from './methods.js';
import { packageJson, packageTsconfig } from './package-json.js';
import { readme, type PackageLayout } from './readme.js';

/** npm's rules for a name: lower case, URL-safe, at most 214 characters, an optional scope. */
const PACKAGE_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

export function packageFiles(
  api: Api,
  name: string,
  layout: PackageLayout = 'client',
  validate = false,
): PrintedFile[] {
  if (!PACKAGE_NAME.test(name) || name.length > 214)
    throw new CodegenError([
      {
        message: `"package" must be an npm package name (lower case, URL-safe, optionally @scope/name), not ${JSON.stringify(name.slice(0, 100))}`,
      },
    ]);
  const resources =
    layout === 'client' ? clientMethods(api) : layout === 'functions' ? functionMethods(api) : [];
  return [
    { path: 'package.json', content: packageJson(api, name, validate) },
    { path: 'tsconfig.json', content: packageTsconfig() },
    { path: 'README.md', content: readme(api, name, resources, validate, layout) },
    // Types only: `types.ts` is the reference.
    ...(layout === 'types'
      ? []
      : [{ path: 'api.md', content: apiReference(api, name, resources) }]),
  ];
}
