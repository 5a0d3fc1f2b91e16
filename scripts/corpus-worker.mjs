/**
 * A worker thread of scripts/corpus.mjs: generates one SDK at a time and
 * type-checks it. The parent owns the timeouts and terminates a worker that
 * overruns them, which stops even a synchronous loop.
 *
 * Type-checking: every SDK gets a program of its own with the compiler options
 * of test/helpers/typecheck.ts, but the parsed lib files are shared between
 * programs, and diagnostics are asked for the SDK's own files (plus the
 * options and global diagnostics) only. The lib files are checked once, by the
 * parent; an SDK made only of modules cannot change their diagnostics, so the
 * result is the one `typecheck([<out>/index.ts])` gives, minus re-checking
 * lib.dom for every spec.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import ts from 'typescript';
import { generate } from '../dist/index.js';
import { formatText } from '../dist/format/prettier.js';

const { compilerOptions, root, checkFormat } = workerData;
const shared = new Map();

parentPort.on('message', async (task) => {
  try {
    parentPort.postMessage({ index: task.index, phase: 'done', result: await run(task) });
  } catch (error) {
    // A failure of the harness, not of the spec: the parent stops the run.
    parentPort.postMessage({
      index: task.index,
      phase: 'broken',
      message: String(error?.stack ?? error),
    });
  }
});

async function run(task) {
  let generated;
  const started = performance.now();
  try {
    generated = await generate({ input: [task.input], output: task.outDir, dryRun: true });
  } catch (error) {
    return { status: 'generate-error', generateMs: ms(started), message: describeError(error) };
  }
  const generateMs = ms(started);
  if (checkFormat) {
    // prettier is the definition of the format: it must find nothing to change.
    for (const file of generated.files.filter((f) => f.path.endsWith('.ts')))
      if ((await formatText(file.content)) !== file.content)
        return {
          status: 'format-drift',
          generateMs,
          message: `prettier would change ${file.path}`,
        };
  }
  parentPort.postMessage({ index: task.index, phase: 'generated' });
  await rm(task.outDir, { recursive: true, force: true });
  for (const file of generated.files) {
    const target = join(task.outDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  const checked = performance.now();
  const diagnostics = typecheckSdk(task.outDir);
  const base = {
    generateMs,
    typecheckMs: ms(checked),
    summary: generated.summary,
    timings: generated.timings,
  };
  if (diagnostics.length === 0) return { status: 'pass', ...base };
  return {
    status: 'type-error',
    ...base,
    diagnosticCount: diagnostics.length,
    diagnostics: diagnostics.slice(0, 3),
  };
}

function typecheckSdk(outDir) {
  const host = ts.createCompilerHost(compilerOptions, true);
  const read = host.getSourceFile.bind(host);
  const inSdk = (fileName) => !relative(outDir, fileName).startsWith('..');
  host.getSourceFile = (fileName, ...rest) => {
    if (inSdk(fileName)) return read(fileName, ...rest);
    let file = shared.get(fileName);
    if (file === undefined) {
      file = read(fileName, ...rest);
      shared.set(fileName, file);
    }
    return file;
  };
  const program = ts.createProgram([join(outDir, 'index.ts')], compilerOptions, host);
  const own = program.getSourceFiles().filter((file) => inSdk(file.fileName));
  const all = [
    ...program.getOptionsDiagnostics(),
    ...own.flatMap((file) => [
      ...program.getSyntacticDiagnostics(file),
      ...program.getSemanticDiagnostics(file),
    ]),
    ...program.getGlobalDiagnostics(),
  ];
  return all.map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return `TS${d.code} ${message}`;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    const where = inSdk(d.file.fileName)
      ? relative(outDir, d.file.fileName)
      : relative(root, d.file.fileName);
    return `${where.split(sep).join('/')}:${line + 1}:${character + 1} TS${d.code} ${message}`;
  });
}

/** The first lines of the message, and for an unexpected exception where in dist/ it was thrown. */
function describeError(error) {
  if (error?.name === 'CodegenError' && Array.isArray(error.diagnostics)) {
    // Bad input, as the generator judged it: pointer and message, without the code frames.
    const shown = error.diagnostics
      .slice(0, 3)
      .map((d) => clip(`${d.pointer ? `at ${d.pointer}: ` : ''}${d.message}`));
    const more = error.diagnostics.length - shown.length;
    return [...shown, ...(more > 0 ? [`(${more} more)`] : [])].join('\n');
  }
  const lines = String(error?.message ?? error)
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, 4)
    .map(clip);
  {
    const frame = String(error?.stack ?? '')
      .split('\n')
      .find((l) => l.includes(`${sep}dist${sep}`) || l.includes('/dist/'));
    const at = frame?.match(/\(?((?:file:\/\/)?\/[^)]+)\)?\s*$/)?.[1];
    const where = at ? ` [thrown in ${relative(root, at.replace(/^file:\/\//, ''))}]` : '';
    lines[0] = `${error?.name ?? 'Error'}: ${lines[0] ?? ''}${where}`;
  }
  return lines.join('\n');
}

function clip(line) {
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

function ms(since) {
  return Math.round(performance.now() - since);
}
