// Scores settle on the blind case sets: realistic modules written by people who had not read the
// rules, one folder per family of bugs (bench/blind/<family>/NN-slug.ts).
//
// Usage: npm run blind -- [--json out.json] [--family executors] [--cases <folder>] [--dist <folder>]
//
// --cases scores another set laid out the same way (family folders and a tsconfig.json):
// bench/blind-2 and bench/blind-3 are later sets, each kept out of tuning until it was first scored
// (docs/real-world.md gives their figures); --dist scores another build of settle (a folder holding
// src/index.js).
//
// Each case's first line says what it is: `// expect: <rule>` (one bug, which that rule must
// report somewhere in the file) or `// expect: none` (a correct look-alike: any report is a false
// one). Every settle rule runs with its default options, type-aware, over the folder's tsconfig.
// Per family: recall (bug files where the expected rule reports; bug files with a report of any
// rule are counted too), precision (bug files found, against correct files with any report), and
// the misses and false reports.
//
// Exit codes: 0 scored, 2 bad input (one line on stderr).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(new URL(import.meta.url).pathname);

class InputError extends Error {}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  process.stderr.write(`blind: ${error.message}\n`);
  process.exitCode = 2;
}

async function main(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        json: { type: 'string' },
        family: { type: 'string', multiple: true },
        cases: { type: 'string' },
        dist: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new InputError(error.message);
  }
  const root = values.cases ? path.resolve(values.cases) : here;
  if (!existsSync(path.join(root, 'tsconfig.json'))) throw new InputError(`no tsconfig.json in ${root}`);
  const dist = values.dist ? path.resolve(values.dist) : path.join(here, '../../dist');
  if (!existsSync(path.join(dist, 'src/index.js'))) throw new InputError(`no build of settle in ${dist} (no src/index.js)`);
  const families = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && (!values.family || values.family.includes(entry.name)))
    .map((entry) => entry.name)
    .sort();
  if (families.length === 0) throw new InputError(`no case folder${values.family ? ` named ${values.family.join(', ')}` : ''} in ${root}`);

  const cases = families.flatMap((family) =>
    readdirSync(path.join(root, family))
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => {
        const file = path.join(root, family, name);
        const first = readFileSync(file, 'utf8').split('\n', 1)[0];
        const expect = /^\/\/ expect: ([a-z-]+)\s*$/.exec(first)?.[1];
        if (!expect) throw new InputError(`${path.relative(process.cwd(), file)}: line 1 must be "// expect: <rule>" or "// expect: none"`);
        return { family, file, expect };
      }),
  );

  const { ESLint } = await import('eslint');
  const plugin = (await import(pathToFileURL(path.join(dist, 'src/index.js')).href)).default;
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        ...plugin.configs.all,
        files: ['**/*.ts'],
        languageOptions: {
          ...plugin.configs.all.languageOptions,
          parserOptions: { project: path.join(root, 'tsconfig.json'), tsconfigRootDir: root },
        },
        // Every rule with its own defaults: what `recommended` gives, plus the rules only `strict` turns on.
        rules: Object.fromEntries(Object.keys(plugin.rules).map((id) => [`settle/${id}`, 'error'])),
      },
    ],
  });
  const results = await eslint.lintFiles(cases.map((item) => item.file));
  const byFile = new Map(results.map((result) => [result.filePath, result.messages]));

  const rows = [];
  const details = [];
  for (const family of families) {
    const mine = cases.filter((item) => item.family === family);
    let bugs = 0;
    let found = 0;
    let foundByAny = 0;
    let correct = 0;
    let flagged = 0;
    for (const item of mine) {
      const messages = byFile.get(item.file) ?? [];
      const fatal = messages.find((message) => message.fatal);
      if (fatal) throw new InputError(`${path.relative(process.cwd(), item.file)} does not parse: ${fatal.message}`);
      const rules = messages.map((message) => `${(message.ruleId ?? '').replace('settle/', '')}:${message.line}`);
      const name = path.relative(root, item.file);
      if (item.expect === 'none') {
        correct += 1;
        if (messages.length > 0) {
          flagged += 1;
          details.push(`${name}: false report (${rules.join(', ')})`);
        }
      } else {
        bugs += 1;
        if (messages.length > 0) foundByAny += 1;
        if (messages.some((message) => message.ruleId === `settle/${item.expect}`)) found += 1;
        else details.push(`${name}: missed (expected ${item.expect}${rules.length ? `; reported ${rules.join(', ')}` : ''})`);
      }
    }
    rows.push({ family, bugs, found, foundByAny, correct, flagged });
  }

  const percent = (part, whole) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)} %`);
  const lines = [
    '| family | bug files | found | recall | found by any rule | correct files | with a report | precision |',
    '| :-- | --: | --: | --: | --: | --: | --: | --: |',
    ...rows.map(
      (row) =>
        `| ${row.family} | ${row.bugs} | ${row.found} | ${percent(row.found, row.bugs)} | ${row.foundByAny} | ${row.correct} | ${row.flagged} | ${percent(row.found, row.found + row.flagged)} |`,
    ),
  ];
  const total = { bugs: 0, found: 0, foundByAny: 0, correct: 0, flagged: 0 };
  for (const row of rows) for (const key of Object.keys(total)) total[key] += row[key];
  lines.push(
    `| **all** | ${total.bugs} | ${total.found} | ${percent(total.found, total.bugs)} | ${total.foundByAny} | ${total.correct} | ${total.flagged} | ${percent(total.found, total.found + total.flagged)} |`,
  );
  process.stdout.write(`${lines.join('\n')}\n\n${details.join('\n')}\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ rows, details }, null, 2)}\n`);
  return 0;
}
