/** `api.md`: every client method with its signature and HTTP route, by resource, like a published SDK's reference. */
import { shownPath, type Api } from '../../ir/api.js';
import { codeBlock, inlineCode, markdownText } from './markdown.js';
import { accessOf, type ResourceMethods } from './methods.js';

export function apiReference(
  api: Api,
  name: string,
  resources: readonly ResourceMethods[],
): string {
  // Standalone functions (`emit: functions`) have no owner: one section of them.
  const functions = resources.some((r) => r.owner === '');
  const sections = resources.map(({ owner, methods }) =>
    [
      `## ${owner === '' ? 'Functions' : owner}`,
      ...methods.map((m) =>
        [
          `### ${accessOf(m)}`,
          codeBlock('ts', `${accessOf(m)}${m.signature}`),
          `\`${m.operation.method}\` ${inlineCode(shownPath(m.operation))}${
            m.operation.summary ? ` — ${markdownText(m.operation.summary)}` : ''
          }${m.operation.deprecated ? ' (deprecated)' : ''}`,
        ].join('\n\n'),
      ),
    ].join('\n\n'),
  );
  return (
    [
      `# ${markdownText(api.title)}: API reference`,
      functions
        ? `Every function exported by ${inlineCode(name)}: each takes a \`${api.client.coreName}\` first. Types are in \`types.ts\`; \`RequestOptions\` holds \`signal\`, \`timeout\`, \`maxRetries\`, \`headers\` and \`query\` (parameters the spec leaves out).`
        : `Every method of \`${api.client.className}\`. Each is also a function exported by ${inlineCode(name)}, named after its operation, that takes the client first. Types are in \`types.ts\`; \`RequestOptions\` holds \`signal\`, \`timeout\`, \`maxRetries\`, \`headers\` and \`query\` (parameters the spec leaves out).`,
      ...sections,
    ].join('\n\n') + '\n'
  );
}
