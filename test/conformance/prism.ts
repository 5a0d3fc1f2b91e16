/**
 * Prism (`prism mock <spec> --errors`) as a child process: a mock server that
 * answers 4xx/422 to any request its spec does not allow, with its log kept.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

export interface Prism {
  readonly url: string;
  /** Everything Prism printed so far, stdout and stderr, colours removed. */
  output(): string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now: listen on port 0, note it, close. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** The `prism` bin of the installed @stoplight/prism-cli. */
function prismBin(): string {
  const manifest = createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    bin: string | Record<string, string>;
  };
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin.prism!);
}

export async function startPrism(spec: string, startupMs = 60_000): Promise<Prism> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [prismBin(), 'mock', spec, '--port', String(port), '--host', '127.0.0.1', '--errors'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );
  let log = '';
  const append = (chunk: Buffer) => void (log += chunk.toString('utf8'));
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  let exited: string | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = `prism exited (code ${code}, signal ${signal})`;
      resolve();
    }),
  );
  const prism: Prism = {
    url,
    output: () => log.replace(/\u001b\[[0-9;]*m/g, ''),
    stop: async () => {
      if (exited === undefined) child.kill('SIGTERM');
      await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (exited === undefined) child.kill('SIGKILL');
    },
  };

  // Ready when it answers any HTTP request (a 401 or 404 will do).
  const deadline = Date.now() + startupMs;
  for (;;) {
    if (exited !== undefined) throw new Error(`${exited} before answering:\n${prism.output()}`);
    try {
      await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
      return prism;
    } catch {
      if (Date.now() > deadline) {
        await prism.stop();
        throw new Error(`prism did not answer within ${startupMs} ms:\n${prism.output()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Lines in which Prism reports a request that breaks the spec (or any error of its own). */
export function violations(output: string): string[] {
  return output
    .split('\n')
    .filter((line) =>
      /\[VALIDATOR\].*(✖|⚠|warning|error)|Request did not pass|Request terminated with error|violation/i.test(
        line,
      ),
    );
}
