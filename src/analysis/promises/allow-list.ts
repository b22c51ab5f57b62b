import type { JSONSchema, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { ambientModuleOf, checkerOf, typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';

/**
 * Names a function or type the user trusts, in the style of typescript-eslint's specifiers:
 * a bare name matches anywhere; `from: 'package'` matches declarations in that npm package (or
 * `declare module 'name'` block, as `@types/node` writes `node:test`); `from: 'file'` matches
 * declarations in the project's own files (optionally one path suffix); `from: 'lib'` matches
 * TypeScript's built-in lib files.
 */
export type Specifier =
  | string
  | { from: 'package'; package: string; name: string | string[] }
  | { from: 'file'; name: string | string[]; path?: string }
  | { from: 'lib'; name: string | string[] };

/** JSON schema for an array of specifiers. */
export const specifierListSchema: JSONSchema.JSONSchema4ArraySchema = {
  type: 'array',
  items: {
    oneOf: [
      { type: 'string', description: 'A function or type name, matched wherever it is declared.' },
      {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'name'],
        properties: {
          from: { type: 'string', enum: ['package', 'file', 'lib'], description: 'Where the declaration lives.' },
          package: { type: 'string', description: 'npm package or ambient module name, with `from: "package"`.' },
          path: { type: 'string', description: 'Path suffix of the declaring file, with `from: "file"`.' },
          name: {
            description: 'Function or type name(s).',
            oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, uniqueItems: true }],
          },
        },
      },
    ],
  },
};

/** Top-level `node:test` functions: their promise is tracked by the runner, so floating them is the documented use. */
export const testFrameworkSpecifiers: readonly Specifier[] = [
  {
    from: 'package',
    package: 'node:test',
    name: ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach', 'only', 'skip', 'todo'],
  },
];

function namesOf(specifier: Exclude<Specifier, string>): readonly string[] {
  return typeof specifier.name === 'string' ? [specifier.name] : specifier.name;
}

function packageMatches(declaration: ts.Declaration, name: string): boolean {
  const ambient = ambientModuleOf(declaration);
  if (ambient !== undefined) return ambient === name || ambient === `node:${name}` || `node:${ambient}` === name;
  if (ts.isClassElement(declaration) || ts.isTypeElement(declaration)) return false;
  const file = declaration.getSourceFile().fileName.replace(/\\/g, '/');
  const bare = name.replace(/^@types\//, '');
  return file.includes(`/node_modules/${bare}/`) || file.includes(`/node_modules/@types/${bare.replace(/^@([^/]+)\//, '$1__')}/`);
}

function declarationMatches(program: ts.Program, declaration: ts.Declaration, specifier: Exclude<Specifier, string>): boolean {
  const file = declaration.getSourceFile();
  switch (specifier.from) {
    case 'package':
      return packageMatches(declaration, specifier.package);
    case 'lib':
      return program.isSourceFileDefaultLibrary(file);
    case 'file':
      return (
        !program.isSourceFileFromExternalLibrary(file) &&
        !program.isSourceFileDefaultLibrary(file) &&
        (specifier.path === undefined || file.fileName.replace(/\\/g, '/').endsWith(specifier.path.replace(/^\.\//, '')))
      );
  }
}

/** `written` is the name at the call site, which differs from the symbol's for re-exports (`export { test as it }`). */
function symbolMatches(program: ts.Program, symbol: ts.Symbol | undefined, specifiers: readonly Specifier[], written?: string): boolean {
  if (!symbol) return false;
  const names = new Set([symbol.getName(), ...(written === undefined ? [] : [written])]);
  return specifiers.some((specifier) => {
    if (typeof specifier === 'string') return names.has(specifier);
    if (!namesOf(specifier).some((name) => names.has(name))) return false;
    return (symbol.declarations ?? []).some((declaration) => declarationMatches(program, declaration, specifier));
  });
}

/** The function being called in `node` (a call, possibly chained or wrapped), if any. */
function calleeOf(node: TSESTree.Node): TSESTree.Node | undefined {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.CallExpression || target.type === AST_NODE_TYPES.NewExpression) {
    return skipTypeWrappers(target.callee);
  }
  return undefined;
}

/**
 * True when the callee of `node`, or the type of its value, matches one of the specifiers.
 */
export function matchesSpecifiers(analysis: Analysis, node: TSESTree.Node, specifiers: readonly Specifier[]): boolean {
  if (specifiers.length === 0) return false;
  const checker = checkerOf(analysis);
  const callee = calleeOf(node);
  if (callee) {
    const nameNode = callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : callee;
    let symbol = checker.getSymbolAtLocation(analysis.services.esTreeNodeToTSNodeMap.get(nameNode));
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const written = nameNode.type === AST_NODE_TYPES.Identifier ? nameNode.name : undefined;
    if (symbolMatches(analysis.services.program, symbol, specifiers, written)) return true;
  }
  // The promise's type, or for arrays and tuples of promises, their element types.
  const type = typeOf(analysis, node);
  const parts = unionMembers(type).flatMap((part) =>
    checker.isArrayType(part) || checker.isTupleType(part) ? checker.getTypeArguments(part as ts.TypeReference) : [part],
  );
  return parts.some((part) => symbolMatches(analysis.services.program, part.aliasSymbol ?? part.getSymbol(), specifiers));
}

/**
 * Library promises documented never to reject, by the class (or interface) that declares the
 * method and the ambient module it sits in (`@types/node` writes `declare module 'x'`):
 * - `Worker#terminate()` (node:worker_threads): "Returns a Promise for the exit code that is
 *   fulfilled when the 'exit' event is emitted"; terminating a worker that already exited
 *   fulfils too.
 * Each entry needs the library's documentation to promise it; a method that usually succeeds is
 * not enough.
 */
const neverRejectingMethods: readonly { module: string; owner: string; method: string }[] = [
  { module: 'worker_threads', owner: 'Worker', method: 'terminate' },
];

/**
 * tap's test context queues some of its calls, and the test waits for each before it ends: a
 * subtest (`t.test(…)`, `t.todo`, `t.skip`, `t.only`), the promise assertions (`t.rejects`,
 * `t.resolves`, `t.resolveMatch`, `t.resolveMatchSnapshot`), a child process run (`t.spawn`). The
 * promise each returns is its queue entry's, fulfilled once the entry is done whatever the outcome
 * (a failure is a failed test point, not a rejection): it never rejects. Known by the declaration
 * the call resolves to, in tap's own types (`tap`, `libtap`, `@tapjs/*`) or `@types/tap`, so a
 * destructured `rejects` of the context counts too.
 */
const tapQueuedMethods = new Set(['test', 'todo', 'skip', 'only', 'rejects', 'resolves', 'resolveMatch', 'resolveMatchSnapshot', 'spawn']);
const tapTypes = /[\\/]node_modules[\\/](?:@types[\\/]tap|tap|libtap|@tapjs[\\/][^\\/]+)[\\/]/;

function callsTapQueue(analysis: Analysis, call: TSESTree.Node, callee: TSESTree.Node): boolean {
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee);
  if (name === undefined || !tapQueuedMethods.has(name)) return false;
  const target = skipTypeWrappers(call);
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  const signature = checkerOf(analysis).resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(target));
  const file = signature?.declaration?.getSourceFile().fileName;
  return file !== undefined && tapTypes.test(file);
}

/** True when `call` calls a library method documented never to reject (see `neverRejectingMethods`, `tapQueuedMethods`). */
export function callsNeverRejectingLibrary(analysis: Analysis, call: TSESTree.Node): boolean {
  const callee = calleeOf(call);
  if (callee && callsTapQueue(analysis, call, callee)) return true;
  if (callee?.type !== AST_NODE_TYPES.MemberExpression) return false;
  const symbol = checkerOf(analysis).getSymbolAtLocation(analysis.services.esTreeNodeToTSNodeMap.get(callee.property));
  const declarations = symbol?.declarations ?? [];
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => {
      const owner = declaration.parent;
      if (!(ts.isClassLike(owner) || ts.isInterfaceDeclaration(owner)) || owner.name === undefined) return false;
      const module = ambientModuleOf(owner)?.replace(/^node:/, '');
      return neverRejectingMethods.some(
        (entry) => entry.module === module && entry.owner === owner.name?.text && entry.method === symbol?.getName(),
      );
    })
  );
}
