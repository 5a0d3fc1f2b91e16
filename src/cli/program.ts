/**
 * The commands, their flags and help. Nothing here loads the generator: each
 * action imports `commands.ts` when it runs.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { optionProblem, parseList, SDK_OPTIONS } from '../options.js';
import { CodegenError } from '../diagnostics.js';
import type { Terminal } from '../report/terminal.js';
import { EXIT_BAD_INPUT, EXIT_OK } from './exit-codes.js';

const commands = () => import('./commands.js');

/**
 * Parses `args` (without the node and script paths) and runs the command they name;
 * resolves to its exit status. Usage errors are bad input (2); --help and --version
 * are success. A CodegenError or a bug is the caller's to report.
 */
export async function runProgram(
  terminal: Terminal,
  args: readonly string[],
  version: string,
): Promise<number> {
  let status = EXIT_OK;
  const cli = program(version, terminal, (code) => (status = code));
  try {
    await cli.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
  }
  return status;
}

/** What an action returns is the command's status: 0, or 1 for drift. */
type Action<A extends unknown[]> = (...args: A) => Promise<number>;
type Done = (status: number) => void;
function exitWith<A extends unknown[]>(
  done: Done,
  action: Action<A>,
): (...args: A) => Promise<void> {
  return async (...args) => done(await action(...args));
}

/**
 * The command-line flags of the SDK options, from their table (those of every run, or those of
 * `generate` alone); each value checked as the config's is.
 */
function sdkOptionFlags(everyRun: boolean): Option[] {
  return SDK_OPTIONS.flatMap((row) => {
    if (!('flag' in row) || 'everyRun' in row !== everyRun) return [];
    const option = new Option(row.flag, row.help);
    const checked = (value: unknown) => {
      const problem = optionProblem(row, value);
      if (problem !== undefined) throw new InvalidArgumentError(problem);
      return value;
    };
    if ('choices' in row) option.choices(row.choices);
    else if (row.value === 'list') option.argParser(parseList);
    else if (row.value === 'identifier') option.argParser(checked);
    else if (row.value === 'count')
      option.argParser((text: string) => checked(/^\d+$/.test(text) ? Number(text) : NaN));
    return [option];
  });
}

/** The flags of every run over SDKs: `codegen`, `codegen generate`, `codegen check`. */
function addRunFlags(command: Command, { check = true } = {}): Command {
  if (check) command.option('--check', 'write nothing; exit 1 if generated files differ');
  for (const option of sdkOptionFlags(true)) command.addOption(option);
  return command
    .option('-w, --watch', 'regenerate whenever an input, a file it $refs, or the config changes')
    .option(
      '--diff',
      'print a patch of the files that differ on stdout, for git apply (implies --check)',
    )
    .option('--json', 'print a machine-readable summary: { upToDate, sdks: [...] }')
    .option('--debug', 'print the time of each stage, and the stack of an internal error')
    .option('-q, --quiet', 'print only errors');
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  ${l}\n`).join('')}`;
}

function program(version: string, terminal: Terminal, done: Done): Command {
  const cli = new Command('codegen')
    .description('Generate a typed TypeScript SDK from OpenAPI 3.0/3.1 specs and docs pages.')
    .version(version)
    // Options after a subcommand belong to it (`generate x --check`), not to the root.
    .enablePositionalOptions()
    // A stray word is answered below with the commands there are, not "too many arguments".
    .allowExcessArguments()
    // Set before the subcommands are added, so that they inherit them: commander
    // throws instead of exiting, and prints where the terminal says.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => terminal.stdout.write(text),
      writeErr: (text) => terminal.stderr.write(text),
    })
    .addHelpText(
      'after',
      examples(
        'codegen                 regenerate every SDK in codegen.config.*',
        'codegen check --diff    in CI: fail with a diff when generated files drift',
        'codegen --watch         regenerate on every save of a spec',
      ),
    );
  addRunFlags(cli).action(
    exitWith(done, async (flags: object, command: Command) => {
      const [word] = command.args;
      if (word !== undefined)
        throw new CodegenError([
          {
            message: `Unknown command "${word}": the commands are ${cli.commands.map((c) => c.name()).join(', ')} (codegen --help)`,
          },
        ]);
      return (await commands()).runConfig(terminal, flags);
    }),
  );

  const generateCommand = cli
    .command('generate')
    .description('generate one SDK from one or more specs (YAML, JSON or markdown docs pages)')
    .argument(
      '<spec...>',
      'spec files, docs pages or directories of them, merged into one API; - reads stdin',
    )
    // Required, but checked in the action: commander would report a missing required option
    // before an unknown one, and `--outptu x` would then be told that -o is missing.
    .option('-o, --output <dir>', 'the SDK directory (required)');
  for (const option of sdkOptionFlags(false)) generateCommand.addOption(option);
  addRunFlags(generateCommand)
    .addHelpText(
      'after',
      examples(
        'codegen generate openapi.yaml -o src/sdk',
        'codegen generate docs/api-reference -o sdk --check',
      ),
    )
    .action(
      exitWith(done, async (specs: string[], flags: { output?: string }) => {
        const output =
          flags.output ??
          generateCommand.error("error: required option '-o, --output <dir>' not specified");
        return (await commands()).runGenerate(terminal, specs, { ...flags, output });
      }),
    );

  const validateCommand = cli
    .command('validate')
    .description('report every error and warning of the specs without generating')
    .argument('<spec...>', 'spec files, docs pages or directories of them; - reads stdin')
    .option(
      '--allow-external-refs',
      'follow $refs to files outside the project (URLs are never fetched)',
    );
  for (const option of sdkOptionFlags(true)) validateCommand.addOption(option);
  validateCommand
    .addHelpText(
      'after',
      examples(
        'codegen validate openapi.yaml',
        'codegen validate docs/api-reference',
        'cat openapi.json | codegen validate -',
      ),
    )
    .action(
      exitWith(done, async (specs: string[], flags: object) =>
        (await commands()).runValidate(terminal, specs, flags),
      ),
    );

  cli
    .command('init')
    .description('write codegen.config.json and, on request, a GitHub Actions workflow')
    .option('-i, --input <spec>', 'the spec, docs page or folder of them (default: openapi.yaml)')
    .option('-o, --output <dir>', 'where the SDK goes (default: src/sdk)')
    .option(
      '--github-action <mode>',
      'also write a GitHub Actions workflow at the repository root (.github/workflows/codegen-<mode>.yml): "check" fails CI on drift, "commit" regenerates and commits',
    )
    .option(
      '--force',
      'overwrite the files this command writes (an existing config only with -i/-o)',
    )
    .addHelpText(
      'after',
      examples(
        'codegen init -i specs/api.yaml -o src/sdk --github-action check',
        'codegen init --github-action commit   (beside an existing config)',
      ),
    )
    .action(exitWith(done, async (flags: object) => (await commands()).runInit(terminal, flags)));

  addRunFlags(
    cli
      .command('check')
      .description(
        'the same as `codegen --check`: exit 1 when generated/ drifts from the specs in the config',
      ),
    { check: false },
  )
    .addHelpText(
      'after',
      examples(
        'codegen check',
        'codegen check --diff',
        'codegen check --diff | git apply',
        'codegen check --json > drift.json',
      ),
    )
    .action(
      exitWith(done, async (flags: object) =>
        (await commands()).runConfig(terminal, { ...flags, check: true }),
      ),
    );
  return cli;
}
