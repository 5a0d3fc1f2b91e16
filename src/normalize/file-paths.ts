/**
 * A file's path at the end of a path (Gitea's `/repos/{owner}/{repo}/contents/{filepath}`,
 * Bitbucket's `…/filehistory/{commit}/{path}`, Kubernetes' `…/proxy/{path}`): its slashes kept,
 * each segment encoded, as those servers match them. Encoded whole (`docs%2FREADME.md`), such a
 * call had gone to a path behind a proxy that refuses an encoded slash (Apache's default).
 * Not where the spec says the value is encoded (GitLab's `file_path`, "URL encoded full path").
 */
import type { Parameter } from '../ir/api.js';

const FILE_PATH =
  /^(?:(?:file|folder|dir(?:ectory)?|blob|object|remote|full|relative)[-_]?)?path$/i;

export function withFilePaths(parameters: readonly Parameter[], path: string): Parameter[] {
  const last = /\/\{([^{}]+)\}$/.exec(path)?.[1];
  return parameters.map((p) =>
    p.in === 'path' &&
    p.name === last &&
    FILE_PATH.test(p.name) &&
    p.keepsSlashes === undefined &&
    p.style === 'simple' &&
    p.fixed === undefined &&
    p.schema.kind === 'string' &&
    !/encod/i.test(`${p.description ?? ''} ${p.schema.description ?? ''}`)
      ? { ...p, keepsSlashes: 'filePath' as const }
      : p,
  );
}
