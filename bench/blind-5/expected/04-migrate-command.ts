// expect: none
// The ternary only chooses between two async functions of the same signature; the chosen one is called with the plan on the next line, so the awaited value is a MigrationReport, not a function.
import { parseArgs } from 'node:util';

export interface MigrationStep {
  id: string;
  sql: string;
  transactional: boolean;
}
export interface MigrationPlan {
  from: string | null;
  to: string;
  steps: MigrationStep[];
}
export interface MigrationReport {
  applied: string[];
  skipped: string[];
  elapsedMs: number;
  dryRun: boolean;
}

type Executor = (plan: MigrationPlan, opts: { lockTimeoutMs: number }) => Promise<MigrationReport>;

declare function planMigrations(dir: string, target?: string): Promise<MigrationPlan>;
declare const applyMigrations: Executor;
declare const explainMigrations: Executor;

export async function migrateCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean', default: false },
      to: { type: 'string' },
      dir: { type: 'string', default: './migrations' },
      json: { type: 'boolean', default: false },
    },
  });

  const plan = await planMigrations(values.dir ?? './migrations', values.to);
  if (plan.steps.length === 0) {
    console.log(`database already at ${plan.to}`);
    return 0;
  }

  const execute: Executor = values['dry-run'] ? explainMigrations : applyMigrations;
  const report = await execute(plan, { lockTimeoutMs: 15_000 });

  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const verb = report.dryRun ? 'would apply' : 'applied';
    console.log(`${verb} ${report.applied.length} migration(s) ${plan.from ?? '(empty)'} -> ${plan.to} in ${report.elapsedMs}ms`);
    for (const id of report.skipped) console.log(`  skipped ${id} (already recorded)`);
  }
  return report.applied.length === plan.steps.length - report.skipped.length ? 0 : 1;
}
