// Measures agreement with two other linters' own test suites, read from their repositories (the
// cases are never copied into this one):
//
// - typescript-eslint's `no-misused-promises`: its cases about void-return arguments (an async
//   function handed where a void-returning callback is expected) against `no-floating-promises`;
// - eslint-plugin-promise's `no-multiple-resolved` against `no-multiple-settle`.
//
// Usage: npm run build && node scripts/anchors.mjs [--tseslint <checkout>] [--promise <checkout>]
//        [--json out.json] [--verbose]
//
// Each suite's test file is parsed, never run: every case whose code is a plain string or template
// literal is linted (type-aware, one file per case) with settle's rule at its defaults (for
// no-misused-promises, with `allowNonRejecting` off: the toy callbacks there cannot reject). A case
// "agrees" when settle reports on the line the other linter reports (an invalid case) or stays
// quiet (a valid case). Which cases belong to a suite:
// - no-misused-promises: invalid cases with a `voidReturnArgument` error, and valid cases whose
//   options leave `checksVoidReturn.arguments` on (every valid case says: no misused promise here);
//   settle's finding counted is `asyncCallbackIgnored` of no-floating-promises;
// - no-multiple-resolved: every case; settle's finding counted is `multipleSettle`.
//
// Exit codes: 0 measured, 2 bad input (one line on stderr).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from '@typescript-eslint/typescript-estree';

const suites = [
  {
    key: 'tseslint',
    title: 'typescript-eslint no-misused-promises (void-return arguments) vs no-floating-promises',
    file: 'packages/eslint-plugin/tests/rules/no-misused-promises.test.ts',
    rule: 'no-floating-promises',
    // typescript-eslint reports every promise-returning callback; settle by default only those that
    // can reject (`allowNonRejecting`), so the comparison turns that difference off.
    ruleOptions: [{ allowNonRejecting: false }],
    counted: new Set(['asyncCallbackIgnored']),
    select(kind, item) {
      const options = item.options?.[0];
      const voidReturn = options?.checksVoidReturn;
      if (voidReturn === false || (voidReturn && typeof voidReturn === 'object' && voidReturn.arguments === false)) return false;
      if (kind === 'valid') return true;
      return (item.errors ?? []).some((error) => error.messageId === 'voidReturnArgument');
    },
    expectedLines: (item) => (item.errors ?? []).filter((error) => error.messageId === 'voidReturnArgument').map((error) => error.line),
  },
  {
    key: 'promise',
    title: 'eslint-plugin-promise no-multiple-resolved vs no-multiple-settle',
    file: '__tests__/no-multiple-resolved.js',
    rule: 'no-multiple-settle',
    counted: new Set(['multipleSettle']),
    select: () => true,
    expectedLines: (item) => (item.errors ?? []).map((error) => error.line),
  },
];

class InputError extends Error {}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  process.stderr.write(`anchors: ${error.message}\n`);
  process.exitCode = 2;
}

async function main(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        tseslint: { type: 'string', default: '/work/.mirror/typescript-eslint+typescript-eslint/repo' },
        promise: { type: 'string', default: '/work/.mirror/eslint-community+eslint-plugin-promise/repo' },
        json: { type: 'string' },
        verbose: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new InputError(error.message);
  }
  const dist = new URL('../dist/src/index.js', import.meta.url);
  if (!existsSync(dist)) throw new InputError('no build of settle in dist/: run `npm run build` first');
  const plugin = (await import(dist.href)).default;
  const { ESLint } = await import('eslint');

  const report = {};
  const lines = [];
  for (const suite of suites) {
    const source = readSuite(values[suite.key], suite.file, suite.key);
    const cases = extractCases(source, suite.file).filter((item) => suite.select(item.kind, item));
    const work = path.join(os.tmpdir(), `settle-anchors-${suite.key}`);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    writeFileSync(
      path.join(work, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2023', 'DOM'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          jsx: 'preserve',
          types: [],
        },
        include: ['*.ts', '*.tsx'],
      }),
    );
    const files = cases.map((item, index) => {
      const file = path.join(work, `case-${String(index + 1).padStart(3, '0')}.${item.jsx ? 'tsx' : 'ts'}`);
      // Each case is its own module, so that global declarations of one case (`declare function
      // foo`, `interface ItLike`) do not merge with another's in the shared program.
      writeFileSync(file, /^\s*(import|export)\s/m.test(item.code) ? item.code : `${item.code}\nexport {};\n`);
      return file;
    });
    const eslint = new ESLint({
      cwd: work,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts', '**/*.tsx'],
          plugins: { settle: plugin },
          languageOptions: {
            parser: plugin.configs.recommended.languageOptions?.parser ?? (await import('@typescript-eslint/parser')).default,
            parserOptions: { project: path.join(work, 'tsconfig.json'), tsconfigRootDir: work, ecmaFeatures: { jsx: true } },
          },
          rules: { [`settle/${suite.rule}`]: ['error', ...(suite.ruleOptions ?? [])] },
        },
      ],
    });
    const results = await eslint.lintFiles(files);
    const byFile = new Map(results.map((result) => [result.filePath, result.messages]));
    const tally = { valid: { cases: 0, agree: 0 }, invalid: { cases: 0, agree: 0 }, unparsed: 0 };
    const disagreements = [];
    cases.forEach((item, index) => {
      const messages = byFile.get(files[index]) ?? [];
      if (messages.some((message) => message.fatal)) {
        tally.unparsed += 1;
        return;
      }
      const found = messages.filter((message) => message.ruleId === `settle/${suite.rule}` && suite.counted.has(message.messageId));
      const expected = suite.expectedLines(item).filter((line) => line !== undefined);
      const agree =
        item.kind === 'valid'
          ? found.length === 0
          : found.length > 0 && expected.every((line) => found.some((message) => message.line === line));
      tally[item.kind].cases += 1;
      if (agree) tally[item.kind].agree += 1;
      else
        disagreements.push({
          kind: item.kind,
          line: item.line,
          file: path.basename(files[index]),
          found: found.map((message) => `${message.messageId}:${message.line}`),
          expected,
        });
    });
    const total = tally.valid.cases + tally.invalid.cases;
    const agreed = tally.valid.agree + tally.invalid.agree;
    report[suite.key] = { ...tally, agreement: total ? agreed / total : 0, disagreements };
    lines.push(
      `${suite.title}: ${agreed}/${total} agree (${Math.round((agreed / Math.max(total, 1)) * 100)} %): invalid ${tally.invalid.agree}/${tally.invalid.cases}, valid ${tally.valid.agree}/${tally.valid.cases}${tally.unparsed ? `, ${tally.unparsed} not parsed` : ''}`,
    );
    if (values.verbose)
      for (const item of disagreements)
        lines.push(
          `  ${item.kind} case at ${suite.file}:${item.line} (${item.file}): expected ${item.kind === 'valid' ? 'no report' : `lines ${item.expected.join(', ') || 'any'}`}, settle ${item.found.join(', ') || 'nothing'}`,
        );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

function readSuite(checkout, file, key) {
  const full = path.join(checkout, file);
  if (existsSync(full)) return readFileSync(full, 'utf8');
  const git = path.join(checkout, 'HEAD');
  if (existsSync(git)) {
    // A bare mirror: read the file at HEAD.
    try {
      return execFileSync('git', ['--git-dir', checkout, 'show', `HEAD:${file}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
    } catch {
      throw new InputError(`no ${file} at HEAD of ${checkout}`);
    }
  }
  throw new InputError(`no ${file} in ${checkout}: pass --${key} <a checkout or bare clone of its repository>`);
}

/** The cases of the one `*.run(name, rule, { valid, invalid })` call in a rule-tester file. */
function extractCases(source, file) {
  let ast;
  try {
    ast = parse(source, { loc: true, range: true, jsx: false });
  } catch (error) {
    throw new InputError(`${file} does not parse: ${error.message}`);
  }
  let suite;
  const visit = (node) => {
    if (!node || typeof node.type !== 'string' || suite) return;
    if (
      node.type === 'CallExpression' &&
      node.callee.type === 'MemberExpression' &&
      node.callee.property.name === 'run' &&
      node.arguments[2]?.type === 'ObjectExpression'
    ) {
      suite = node.arguments[2];
      return;
    }
    for (const key of Object.keys(node)) {
      if (key === 'parent') continue;
      const child = node[key];
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child === 'object') visit(child);
    }
  };
  visit(ast);
  if (!suite) throw new InputError(`${file} has no ruleTester.run(…, { valid, invalid }) call`);
  const cases = [];
  for (const property of suite.properties) {
    const kind = property.key?.name;
    if ((kind !== 'valid' && kind !== 'invalid') || property.value.type !== 'ArrayExpression') continue;
    for (const element of property.value.elements) {
      const item = staticValue(element);
      const code = typeof item === 'string' ? item : item?.code;
      if (typeof code !== 'string') continue;
      const options = typeof item === 'object' ? item : {};
      const jsx = Boolean(options.languageOptions?.parserOptions?.ecmaFeatures?.jsx) || /\.tsx$/.test(options.filename ?? '');
      cases.push({ kind, line: element.loc.start.line, code, options: options.options, errors: options.errors, jsx });
    }
  }
  return cases;
}

/** The value of a literal expression (strings, templates without substitutions, numbers, arrays, objects), or undefined. */
function staticValue(node) {
  switch (node?.type) {
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis[0].value.cooked : undefined;
    case 'TaggedTemplateExpression':
      return staticValue(node.quasi);
    case 'ArrayExpression':
      return node.elements.map((element) => staticValue(element));
    case 'ObjectExpression': {
      const value = {};
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed) continue;
        const key = property.key.type === 'Identifier' ? property.key.name : property.key.value;
        value[key] = staticValue(property.value);
      }
      return value;
    }
    case 'UnaryExpression':
      return node.operator === '-' && node.argument.type === 'Literal' ? -node.argument.value : undefined;
    default:
      return undefined;
  }
}
