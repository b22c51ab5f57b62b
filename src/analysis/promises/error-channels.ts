import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { getOrCreate } from '../memo.js';
import { isGlobalIdentifier } from '../scope/globals.js';
import { isLoggerName } from '../syntax/calls.js';
import { isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { isAnyOrUnknown, unionMembers } from '../types/members.js';
import { parameterTypeAt } from '../types/thenables.js';

/*
 * Error channels: where code at a given point already sends the errors it cannot handle, so that a
 * handler a suggestion inserts there reports an error the way the surrounding code does, not on
 * the console. In order of preference:
 *
 * 1. the `reject` of a promise executor the code runs in (`new Promise((resolve, reject) => …)`);
 * 2. an `onerror`/`onError` field or method of the class whose `this` the code sees, when it takes
 *    an `unknown` error;
 * 3. the `error` event of an `EventEmitter`: `this` (a class that extends or implements one), else
 *    the object at hand (the emitter a callback listens on, the receiver of the floating call);
 *    never for a listener of the `error` event itself, which would emit into itself;
 * 4. a logger in scope: a local, parameter or import named as a logger (the names of
 *    `syntax/calls.ts`) whose type has an `error` method taking `unknown`, then such a member of
 *    `this` (`this.logger`, `this.log`), then one at module level;
 * 5. `console.error`, when nothing else exists.
 *
 * And the exit status, which a logging handler loses: top-level code of a program's entry script
 * (a shebang, a file under `bin/` or `scripts/`, a `require.main === module` or `import.meta.main`
 * guard, or a file no other file of the program imports) fails the script when it throws; a
 * handler inserted there must set `process.exitCode = 1` to keep failing it.
 */

/** Where an error caught at some point is sent. Names and receivers are source text that can be evaluated there. */
export type ErrorChannel =
  /** `reject(error)`: the executor's reject function, by its name. */
  | { kind: 'reject'; name: string }
  /** `this.onError(error)` (`?.(error)` when the member may be absent). */
  | { kind: 'method'; callee: string; optional: boolean }
  /** `emitter.emit('error', error)`. */
  | { kind: 'event'; emitter: string }
  /** `logger.error(error)`. */
  | { kind: 'logger'; logger: string }
  /** `console.error(error)`. */
  | { kind: 'console' };

/**
 * The error channel for a handler whose code runs at `at` (for a `.catch(…)` arrow, the statement
 * it is attached in; for a `catch` block, a node inside the function it is added to). `subject` is
 * what the handler handles: a floating call (its receiver may be an emitter) or a callback passed
 * to a call (`emitter.on('event', callback)`: the emitter).
 */
export function errorChannelAt(analysis: Analysis, at: TSESTree.Node, subject?: TSESTree.Node): ErrorChannel {
  const reject = rejectInScope(analysis, at);
  if (reject) return { kind: 'reject', name: reject };
  const owner = thisClassAt(at);
  const instance = owner ? instanceTypeOf(analysis, owner) : undefined;
  if (instance) {
    const method = onErrorMember(analysis, instance);
    if (method) return method;
  }
  const listened = listenedEmitter(subject);
  if (listened?.event !== 'error' && !insideErrorListener(at)) {
    if (owner && instance && isEventEmitter(analysis, instance, owner)) return { kind: 'event', emitter: 'this' };
    const object = listened?.emitter ?? receiverOf(subject);
    const text = object && simpleText(analysis, object);
    if (text && text !== 'this' && isEventEmitter(analysis, typeOf(analysis, object))) return { kind: 'event', emitter: text };
  }
  const logger = loggerInScope(analysis, at, instance);
  if (logger) return { kind: 'logger', logger };
  return { kind: 'console' };
}

/**
 * True when `statement` is top-level code of a program's entry script and `process` is declared
 * (Node.js types): an error that escaped it would fail the script, so an inserted handler that
 * only reports it must also set `process.exitCode = 1`.
 */
export function failsEntryScript(analysis: Analysis, statement: TSESTree.Node): boolean {
  if (!isTopLevel(statement)) return false;
  if (!isEntryScript(analysis)) return false;
  const location = analysis.services.esTreeNodeToTSNodeMap.get(statement);
  return checkerOf(analysis).resolveName('process', location, ts.SymbolFlags.Value, false) !== undefined;
}

/** The name of the `reject` parameter of the innermost promise executor around `at`, when that name still means it at `at`. */
function rejectInScope(analysis: Analysis, at: TSESTree.Node): string | undefined {
  for (let current = at.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const call = current.parent;
    if (call?.type !== AST_NODE_TYPES.NewExpression || call.arguments[0] !== current) continue;
    if (!isGlobalIdentifier(analysis, call.callee, 'Promise')) continue;
    const param = current.params[1];
    if (param?.type !== AST_NODE_TYPES.Identifier) continue;
    const variable = ASTUtils.findVariable(analysis.sourceCode.getScope(at), param.name);
    if (variable?.defs.some((def) => def.name === param)) return param.name;
  }
  return undefined;
}

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** The class whose instance `this` is at `at`: through arrows, up to a method, accessor, constructor or field of a class (static members excluded). */
function thisClassAt(at: TSESTree.Node): ClassNode | undefined {
  for (let child: TSESTree.Node = at, current = at.parent; current; child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.ArrowFunctionExpression) continue;
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
      const member = current.parent;
      if (member?.type !== AST_NODE_TYPES.MethodDefinition || member.value !== current || member.static) return undefined;
      return member.parent.parent;
    }
    if (current.type === AST_NODE_TYPES.PropertyDefinition && current.value === child) {
      return current.static ? undefined : current.parent.parent;
    }
    if (current.type === AST_NODE_TYPES.StaticBlock || current.type === AST_NODE_TYPES.Program) return undefined;
  }
  return undefined;
}

/** The instance type of a class (a class expression's through its `prototype`). */
function instanceTypeOf(analysis: Analysis, owner: ClassNode): ts.Type | undefined {
  const checker = checkerOf(analysis);
  const type = typeOf(analysis, owner);
  if (owner.type === AST_NODE_TYPES.ClassDeclaration) return type;
  const prototype = checker.getPropertyOfType(type, 'prototype');
  return prototype ? checker.getTypeOfSymbol(prototype) : undefined;
}

/** True when some call signature of `type` (`undefined`/`null` set aside) takes an `unknown` first argument. */
function takesUnknownError(analysis: Analysis, type: ts.Type): boolean {
  const checker = checkerOf(analysis);
  return checker
    .getNonNullableType(type)
    .getCallSignatures()
    .some((signature) => {
      const first = parameterTypeAt(checker, signature, 0);
      return first !== undefined && isAnyOrUnknown(first);
    });
}

/** `this.onerror` or `this.onError`, when the class has such a member that takes an `unknown` error. */
function onErrorMember(analysis: Analysis, instance: ts.Type): ErrorChannel | undefined {
  const checker = checkerOf(analysis);
  for (const name of ['onerror', 'onError']) {
    const symbol = checker.getPropertyOfType(instance, name);
    if (!symbol) continue;
    const type = checker.getTypeOfSymbol(symbol);
    if (!takesUnknownError(analysis, type)) continue;
    const optional = (symbol.flags & ts.SymbolFlags.Optional) !== 0 || checker.getNonNullableType(type) !== type;
    return { kind: 'method', callee: `this.${name}`, optional };
  }
  return undefined;
}

const listenerMethods = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);

/** For a callback passed as `emitter.on(event, callback)`: the emitter and the event name (when a string literal). */
function listenedEmitter(subject: TSESTree.Node | undefined): { emitter: TSESTree.Node; event: string | undefined } | undefined {
  const call = subject?.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== subject) return undefined;
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !listenerMethods.has(memberName(callee) ?? '')) return undefined;
  const event = call.arguments[0];
  return {
    emitter: callee.object,
    event: event?.type === AST_NODE_TYPES.Literal && typeof event.value === 'string' ? event.value : undefined,
  };
}

/** True when `at` runs inside a callback that listens to an `error` event (`x.on('error', …)`). */
function insideErrorListener(at: TSESTree.Node): boolean {
  for (let current = at.parent; current; current = current.parent) {
    if (isFunctionNode(current) && listenedEmitter(current)?.event === 'error') return true;
  }
  return false;
}

/** The receiver of a floating method call (`client` in `client.connect()`). */
function receiverOf(subject: TSESTree.Node | undefined): TSESTree.Node | undefined {
  const call = subject && skipTypeWrappers(subject);
  if (call?.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = skipTypeWrappers(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : undefined;
}

/** The text of `this`, a name, or a chain of plain property reads on them (`this.client`): safe to evaluate again. */
function simpleText(analysis: Analysis, node: TSESTree.Node): string | undefined {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ThisExpression || target.type === AST_NODE_TYPES.Identifier)
    return analysis.sourceCode.getText(target);
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.computed || target.optional) return undefined;
  const object = simpleText(analysis, target.object);
  return object === undefined ? undefined : `${object}.${analysis.sourceCode.getText(target.property)}`;
}

const emitterMembers = ['emit', 'on', 'addListener', 'listenerCount'];

/**
 * True when `type` is a Node.js-style `EventEmitter`: it has an `emit` method that takes the
 * `'error'` event (`process` does not), and it is or extends a class or interface named
 * `EventEmitter` (the members come from there), or `owner` (the class declaring it) says
 * `implements EventEmitter`.
 */
function isEventEmitter(analysis: Analysis, type: ts.Type, owner?: ClassNode): boolean {
  const checker = checkerOf(analysis);
  if (type.isUnion()) return false;
  const emit = checker.getPropertyOfType(type, 'emit');
  // `process` is an emitter too, but its `emit` takes only its own events: `'error'` must be one.
  const takesError = (signature: ts.Signature): boolean => {
    const event = parameterTypeAt(checker, signature, 0);
    return event !== undefined && (isAnyOrUnknown(event) || unionMembers(event).some(namesErrorEvent));
  };
  if (!emit || !checker.getTypeOfSymbol(emit).getCallSignatures().some(takesError)) return false;
  const fromEmitter = emitterMembers.some((name) =>
    (checker.getPropertyOfType(type, name)?.declarations ?? []).some((declaration) => {
      const parent = declaration.parent;
      return (ts.isClassLike(parent) || ts.isInterfaceDeclaration(parent)) && parent.name?.text === 'EventEmitter';
    }),
  );
  if (fromEmitter) return true;
  return (owner?.implements ?? []).some((clause) => /(^|\.)EventEmitter$/.test(analysis.sourceCode.getText(clause.expression)));
}

/** True for `string` and the literal `'error'`: an event name type that `'error'` fits. */
function namesErrorEvent(type: ts.Type): boolean {
  if (type.isStringLiteral()) return type.value === 'error';
  return (type.flags & ts.TypeFlags.String) !== 0;
}

/** True when `type` has an `error` method that takes an `unknown` first argument. */
function hasErrorMethod(analysis: Analysis, type: ts.Type): boolean {
  const checker = checkerOf(analysis);
  // `any` says nothing, and a logger that may be absent cannot be called as `logger.error(…)`.
  if (isAnyOrUnknown(type) || checker.getNonNullableType(type) !== type) return false;
  const error = checker.getPropertyOfType(type, 'error');
  return error !== undefined && takesUnknownError(analysis, checker.getTypeOfSymbol(error));
}

/** A variable named as a logger, declared before `at` (or a parameter, import or function), whose type has an `error` method. */
function loggerVariable(analysis: Analysis, scope: TSESLint.Scope.Scope, at: TSESTree.Node): string | undefined {
  for (const variable of scope.variables) {
    if (variable.name === 'console' || !isLoggerName(variable.name)) continue;
    const def = variable.defs[0];
    if (!def || def.name.type !== AST_NODE_TYPES.Identifier) continue;
    const hoisted = def.type === 'Parameter' || def.type === 'ImportBinding' || def.type === 'FunctionName';
    if (!hoisted && def.name.range[1] > at.range[0]) continue;
    if (ASTUtils.findVariable(analysis.sourceCode.getScope(at), variable.name) !== variable) continue;
    if (hasErrorMethod(analysis, typeOf(analysis, def.name))) return variable.name;
  }
  return undefined;
}

/** A logger in scope at `at`: function-level variables innermost first, then members of `this`, then module-level variables. */
function loggerInScope(analysis: Analysis, at: TSESTree.Node, instance: ts.Type | undefined): string | undefined {
  const outer: TSESLint.Scope.Scope[] = [];
  for (let scope: TSESLint.Scope.Scope | null = analysis.sourceCode.getScope(at); scope; scope = scope.upper) {
    if (scope.type === 'module' || scope.type === 'global') {
      outer.push(scope);
      continue;
    }
    const found = loggerVariable(analysis, scope, at);
    if (found) return found;
  }
  if (instance) {
    const checker = checkerOf(analysis);
    for (const property of checker.getPropertiesOfType(instance)) {
      if (!isLoggerName(property.name) || property.name === 'console') continue;
      if (hasErrorMethod(analysis, checker.getTypeOfSymbol(property))) return `this.${property.name}`;
    }
  }
  for (const scope of outer) {
    const found = loggerVariable(analysis, scope, at);
    if (found) return found;
  }
  return undefined;
}

/** True for a statement outside any function, class body or static block. */
function isTopLevel(statement: TSESTree.Node): boolean {
  for (let current = statement.parent; current; current = current.parent) {
    if (isFunctionNode(current) || current.type === AST_NODE_TYPES.ClassBody) return false;
    if (current.type === AST_NODE_TYPES.Program) return true;
  }
  return false;
}

const entryScripts = new WeakMap<ts.SourceFile, boolean>();

/** Entry-script folders: `bin/`, `scripts/`. */
const entryFolder = /(^|[\\/])(bin|scripts)[\\/]/;
/** Guards that run code only when the file is the program's entry: `require.main === module`, `import.meta.main`, `process.argv[1]` compared with the file's own path. */
const mainGuard = /require\.main\s*[!=]==?\s*module\b|\bmodule\s*[!=]==?\s*require\.main|import\.meta\.main\b/;
const ownPath = /import\.meta\.(url|filename)|__filename/;

/** True when the linted file is a program's entry script (see the header). */
function isEntryScript(analysis: Analysis): boolean {
  const { sourceCode, services } = analysis;
  const file = services.esTreeNodeToTSNodeMap.get(sourceCode.ast);
  return getOrCreate(entryScripts, file, () => {
    if (sourceCode.text.startsWith('#!') || entryFolder.test(file.fileName)) return true;
    const guarded = walk(sourceCode.ast, (node) => {
      if (node.type !== AST_NODE_TYPES.IfStatement) return undefined;
      const test = sourceCode.getText(node.test);
      return mainGuard.test(test) || (ownPath.test(test) && test.includes('process.argv')) ? 'stop' : undefined;
    });
    return guarded || !isImportedByOthers(analysis, file);
  });
}

/** True when another source file of the program imports `file`: an `import`, `export … from`, `import x = require(…)`, or a `require(…)` in a top-level statement. */
function isImportedByOthers(analysis: Analysis, file: ts.SourceFile): boolean {
  const checker = checkerOf(analysis);
  const program = analysis.services.program;
  const base = file.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  // An `index` file is imported by its folder's name.
  const stem = base === 'index' ? (/([^\\/]+)[\\/][^\\/]+$/.exec(file.fileName)?.[1] ?? base) : base;
  const own = withoutExtension(file.fileName);
  const importsFile = (specifier: ts.Expression, from: ts.SourceFile): boolean => {
    // A relative specifier names the file by its path (`./file.js` for `file.ts`, `./lib` for `lib/index.ts`),
    // which also finds an import of a script, a file without module symbol.
    if (ts.isStringLiteralLike(specifier) && specifier.text.startsWith('.')) {
      const target = withoutExtension(path.posix.join(path.posix.dirname(from.fileName), specifier.text));
      if (target === own || `${target}/index` === own) return true;
    }
    const symbol = checker.getSymbolAtLocation(specifier);
    return (symbol?.declarations ?? []).some((declaration) => declaration === file);
  };
  return program.getSourceFiles().some((other) => {
    if (other === file || other.isDeclarationFile || program.isSourceFileFromExternalLibrary(other)) return false;
    if (!other.text.includes(stem)) return false;
    // Imports are top-level statements; `require(…)` is looked for in top-level statements only.
    return other.statements.some((statement) => {
      if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier) {
        return importsFile(statement.moduleSpecifier, other);
      }
      if (ts.isImportEqualsDeclaration(statement)) {
        return ts.isExternalModuleReference(statement.moduleReference) && importsFile(statement.moduleReference.expression, other);
      }
      if (!statement.getText(other).includes('require(')) return false;
      let found = false;
      const visit = (node: ts.Node): void => {
        if (found) return;
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') {
          const [specifier] = node.arguments;
          found = specifier !== undefined && ts.isStringLiteralLike(specifier) && importsFile(specifier, other);
        }
        if (!found) ts.forEachChild(node, visit);
      };
      visit(statement);
      return found;
    });
  });
}

/** A file name without its extension (`.ts`, `.d.ts`, `.js`, `.mjs`, `.tsx`…), with `/` separators. */
function withoutExtension(fileName: string): string {
  return fileName.replaceAll('\\', '/').replace(/(\.d)?\.[cm]?[jt]sx?$/, '');
}
