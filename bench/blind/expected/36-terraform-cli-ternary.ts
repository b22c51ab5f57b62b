// expect: no-uncalled-async-function
// In the non-dry-run branch the ternary yields applyChanges uncalled, so `await` returns the function and nothing is applied.
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';

interface Manifest {
  resources: Array<{ type: string; name: string }>;
}

interface ChangeSummary {
  created: number;
  updated: number;
  deleted: number;
}

declare function planChanges(manifest: Manifest): Promise<ChangeSummary>;
declare function applyChanges(manifest: Manifest): Promise<ChangeSummary>;

export async function cli(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean', default: false },
      manifest: { type: 'string', default: 'infra.json' },
    },
  });

  const manifest = JSON.parse(await readFile(values.manifest!, 'utf8')) as Manifest;
  const summary = await (values['dry-run'] ? planChanges(manifest) : applyChanges);

  console.table(summary);
}
