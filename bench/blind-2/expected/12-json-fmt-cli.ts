// expect: none
// The ternary only selects which async command function to run; the chosen reference is invoked with files and flags on the next statement and its promise awaited, so no async function is used uncalled.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

interface Flags {
  indent: number;
  quiet: boolean;
}

type Command = (files: string[], flags: Flags) => Promise<number>;

function canonical(text: string, indent: number): string {
  return JSON.stringify(JSON.parse(text), null, indent) + '\n';
}

const formatFiles: Command = async (files, flags) => {
  let failures = 0;
  for (const file of files) {
    try {
      const original = await readFile(file, 'utf8');
      const formatted = canonical(original, flags.indent);
      if (formatted !== original) {
        await writeFile(file, formatted);
        if (!flags.quiet) console.log(`formatted ${file}`);
      }
    } catch (err) {
      failures++;
      console.error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return failures;
};

async function checkFiles(files: string[], flags: Flags): Promise<number> {
  let failures = 0;
  for (const file of files) {
    const original = await readFile(file, 'utf8');
    let ok = false;
    try {
      ok = canonical(original, flags.indent) === original;
    } catch {
      ok = false;
    }
    if (!ok) {
      failures++;
      if (!flags.quiet) console.log(`needs formatting: ${file}`);
    }
  }
  return failures;
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      indent: { type: 'string', default: '2' },
      quiet: { type: 'boolean', short: 'q', default: false },
    },
  });
  const [command, ...files] = positionals;
  const run: Command | undefined = command === 'fmt' ? formatFiles : command === 'check' ? checkFiles : undefined;
  if (!run || files.length === 0) {
    console.error('usage: jsonfmt <fmt|check> [--indent N] [-q] <files...>');
    return 2;
  }
  const failures = await run(files, { indent: Number(values.indent), quiet: values.quiet ?? false });
  if (failures > 0 && !values.quiet) console.error(`${failures} file(s) failed`);
  return failures > 0 ? 1 : 0;
}
