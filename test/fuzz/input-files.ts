/**
 * A case's spec as the files a user would hand over: one YAML or JSON file,
 * two files merged (paths in one, components in the other), or a markdown
 * docs page with the spec in a fenced block between hostile prose.
 */
import { stringify } from 'yaml';
import type { FuzzCase } from './fuzz-case.js';

export interface InputFile {
  /** Relative to the case's input folder. */
  readonly name: string;
  readonly text: string;
}

export function inputFiles(fuzz: FuzzCase): InputFile[] {
  const { spec } = fuzz;
  switch (fuzz.input) {
    case 'yaml':
      return [{ name: 'openapi.yaml', text: stringify(spec) }];
    case 'json':
      return [{ name: 'openapi.json', text: `${JSON.stringify(spec, null, 2)}\n` }];
    case 'two-files':
      return splitInTwo(spec);
    case 'markdown':
      return [{ name: 'api.md', text: markdownPage(spec) }];
  }
}

/** The first file keeps the document's head and half the paths; the second the rest and the components. */
function splitInTwo(spec: Record<string, unknown>): InputFile[] {
  const { paths, components, ...head } = spec;
  const entries = Object.entries(isRecord(paths) ? paths : {});
  const half = Math.ceil(entries.length / 2);
  const first = { ...head, paths: Object.fromEntries(entries.slice(0, half)) };
  const second = {
    openapi: spec['openapi'],
    info: spec['info'],
    paths: Object.fromEntries(entries.slice(half)),
    components,
  };
  return [
    { name: 'head.yaml', text: stringify(first) },
    { name: 'components.json', text: `${JSON.stringify(second, null, 2)}\n` },
  ];
}

function markdownPage(spec: Record<string, unknown>): string {
  const info = isRecord(spec['info']) ? spec['info'] : {};
  const title = String(info['title'] ?? '');
  const prose = String(info['description'] ?? '');
  return `# ${title}\n\n${prose}\n\n\`\`\`yaml\n${stringify(spec)}\`\`\`\n\nSee also: ${title}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
