// `npm run backends -- <tsconfig or directory>...`: lints each project with the built `settle` CLI
// on the classic backend and on the tsgo backend (TypeScript 7.1 through typescript-eslint's
// adapter), with every rule (`--config all`), and compares the findings: rule, message, position,
// fix and suggestions. Prints the wall time of each run and their ratio; exits 1 on any difference.
// Options: --runs <n> (default 1; the table shows the median wall time), --config <name>.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '1' }, config: { type: 'string', default: 'all' } },
});
if (positionals.length === 0) {
  console.error('usage: npm run backends -- [--runs n] [--config name] <tsconfig or directory>...');
  process.exit(2);
}
const cli = path.resolve(import.meta.dirname, '../dist/src/cli/index.js');
const runs = Number(values.runs);
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)];

/** One CLI run: its findings as comparable lines, and its wall time. */
function lint(project, backend) {
  const started = performance.now();
  let stdout;
  try {
    stdout = execFileSync(process.execPath, [cli, '-p', project, '--config', values.config, '-f', 'json', '-q', '--backend', backend], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  } catch (error) {
    if (error.status !== 1) throw error;
    stdout = error.stdout;
  }
  const wall = performance.now() - started;
  const lines = JSON.parse(stdout).flatMap((result) =>
    result.messages.map((message) =>
      JSON.stringify({
        file: path.relative(process.cwd(), result.filePath),
        line: message.line,
        column: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn,
        ruleId: message.ruleId,
        message: message.message,
        fix: message.fix,
        suggestions: message.suggestions?.map(({ messageId, desc, fix }) => ({ messageId, desc, fix })),
      }),
    ),
  );
  return { lines: lines.sort(), wall };
}

let differences = 0;
const row = (cells) => cells.map((cell, index) => (index === 0 ? String(cell).padEnd(48) : String(cell).padStart(12))).join('');
console.log(row(['project', 'findings', 'classic s', 'tsgo s', 'tsgo/classic', 'same']));
for (const project of positionals) {
  const walls = { classic: [], tsgo: [] };
  let found;
  for (let run = 0; run < runs; run++) {
    for (const backend of ['classic', 'tsgo']) {
      const outcome = lint(project, backend);
      walls[backend].push(outcome.wall);
      found ??= {};
      found[backend] ??= outcome.lines;
    }
  }
  const onlyClassic = found.classic.filter((line) => !found.tsgo.includes(line));
  const onlyTsgo = found.tsgo.filter((line) => !found.classic.includes(line));
  const same = onlyClassic.length === 0 && onlyTsgo.length === 0;
  const classic = median(walls.classic);
  const tsgo = median(walls.tsgo);
  console.log(
    row([
      project,
      found.classic.length,
      (classic / 1000).toFixed(2),
      (tsgo / 1000).toFixed(2),
      (tsgo / classic).toFixed(2),
      same ? 'yes' : 'NO',
    ]),
  );
  for (const line of onlyClassic) console.log(`  only classic: ${line}`);
  for (const line of onlyTsgo) console.log(`  only tsgo:    ${line}`);
  differences += onlyClassic.length + onlyTsgo.length;
}
process.exitCode = differences === 0 ? 0 : 1;
