import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../analysis/context.js';
import { variableOf } from '../analysis/scope/variables.js';
import { isInStatementList } from '../analysis/syntax/nodes.js';

/*
 * Edits of statement lists: a new statement before or after one (at its indentation, on its own
 * line when the neighbour has one), at the start of a block, after the lone body of an `if` or a
 * loop (wrapped in a new block), and a run of sequential awaits regrouped as one `Promise.all`.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/** Indentation (leading whitespace) of the line on which `node` starts. */
export function indentOf(sourceCode: SourceCode, node: TSESTree.Node): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^\s*/.exec(line)?.[0] ?? '';
}

/** Inserts a new statement after `statement` at the same indentation; `undefined` outside a statement list. */
export function insertStatementAfter(sourceCode: SourceCode, statement: TSESTree.Node, text: string): ((fixer: Fixer) => Fix) | undefined {
  // Only next to a statement of a block or the module: not after `for (let …;` or `if (x) stmt`.
  if (!isInStatementList(statement)) return undefined;
  const separator = separatorAfter(sourceCode, statement);
  return (fixer) => fixer.insertTextAfter(statement, `${separator}${text}`);
}

/** The text between `statement` and a statement inserted after it, matching `insertStatementAfter`. */
export function separatorAfter(sourceCode: SourceCode, statement: TSESTree.Node): string {
  const sameLine = sourceCode.getTokenAfter(statement)?.loc.start.line === statement.loc.end.line;
  return sameLine ? ' ' : `\n${indentOf(sourceCode, statement)}`;
}

/** Inserts a new statement before `target` (and its labels): on its own line when it starts one; `undefined` outside a statement list. */
export function insertStatementBefore(sourceCode: SourceCode, target: TSESTree.Node, text: string): ((fixer: Fixer) => Fix) | undefined {
  // A labelled loop keeps its label: the new statement goes before the outermost label.
  let statement = target;
  while (statement.parent?.type === AST_NODE_TYPES.LabeledStatement) statement = statement.parent;
  if (!isInStatementList(statement)) return undefined;
  const line = sourceCode.lines[statement.loc.start.line - 1] ?? '';
  const startsLine = line.slice(0, statement.loc.start.column).trim() === '';
  const separator = startsLine ? `\n${indentOf(sourceCode, statement)}` : ' ';
  return (fixer) => fixer.insertTextBefore(statement, `${text}${separator}`);
}

/**
 * Adds statement `text` right after `statement`: next to it in a block, the module or a `switch`
 * case, or together with it in a new block where it is the lone body of an `if`, `else` or loop
 * (`{ a(); text }` on one line, or over several lines when the body sits on a line of its own).
 */
export function appendStatement(sourceCode: SourceCode, statement: TSESTree.Node, text: string): ((fixer: Fixer) => Fix) | undefined {
  const parent = statement.parent;
  const semicolon = sourceCode.getLastToken(statement)?.value === ';' ? '' : ';';
  if (
    isInStatementList(statement) ||
    (parent?.type === AST_NODE_TYPES.SwitchCase && parent.consequent.includes(statement as TSESTree.Statement))
  ) {
    const separator = separatorAfter(sourceCode, statement);
    return (fixer) => fixer.insertTextAfter(statement, `${separator === ' ' ? semicolon : ''}${separator}${text}`);
  }
  const isBody =
    (parent?.type === AST_NODE_TYPES.IfStatement && (parent.consequent === statement || parent.alternate === statement)) ||
    ((parent?.type === AST_NODE_TYPES.ForStatement ||
      parent?.type === AST_NODE_TYPES.ForInStatement ||
      parent?.type === AST_NODE_TYPES.ForOfStatement ||
      parent?.type === AST_NODE_TYPES.WhileStatement ||
      parent?.type === AST_NODE_TYPES.DoWhileStatement) &&
      parent.body === statement);
  if (!isBody) return undefined;
  // A body on a line of its own becomes a block over several lines, as the code around it is written.
  const before = sourceCode.getTokenBefore(statement, { includeComments: true });
  if (
    before &&
    before.loc.end.line < statement.loc.start.line &&
    before.type !== AST_TOKEN_TYPES.Block &&
    before.type !== AST_TOKEN_TYPES.Line
  ) {
    const inner = indentOf(sourceCode, statement);
    const outer = indentOf(sourceCode, parent);
    return (fixer) =>
      fixer.replaceTextRange(
        [before.range[1], statement.range[1]],
        ` {\n${inner}${sourceCode.getText(statement)}${semicolon}\n${inner}${text}\n${outer}}`,
      );
  }
  return (fixer) => fixer.replaceText(statement, `{ ${sourceCode.getText(statement)}${semicolon} ${text} }`);
}

/** One statement of a run that `groupAwaitsIntoPromiseAll` regroups. */
interface AwaitedLocal {
  name: string;
  target?: string;
  kind?: string;
}

/** `await a;` or `const x = await a;` where `a` is a local (a parameter could be a getter). */
function awaitedLocal(analysis: Analysis, statement: TSESTree.Node | undefined): AwaitedLocal | undefined {
  let awaited: TSESTree.Node | undefined;
  let declared: Pick<AwaitedLocal, 'target' | 'kind'> = {};
  if (statement?.type === AST_NODE_TYPES.ExpressionStatement && statement.expression.type === AST_NODE_TYPES.AwaitExpression) {
    awaited = statement.expression.argument;
  } else if (statement?.type === AST_NODE_TYPES.VariableDeclaration && statement.declarations.length === 1) {
    const [declarator] = statement.declarations;
    if (declarator?.id.type !== AST_NODE_TYPES.Identifier || declarator.id.typeAnnotation) return undefined;
    if (declarator.init?.type !== AST_NODE_TYPES.AwaitExpression) return undefined;
    awaited = declarator.init.argument;
    declared = { target: declarator.id.name, kind: statement.kind };
  }
  if (awaited?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(analysis, awaited);
  if (variable?.defs[0]?.node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
  return { name: awaited.name, ...declared };
}

/**
 * From the statement holding `suspension`, the run of consecutive `await a; await b;` (or
 * `const x = await a; const y = await b;`) statements rewritten as one
 * `const [x, y] = await Promise.all([a, b]);` — if the run has two or more and awaits `mustInclude`.
 */
export function groupAwaitsIntoPromiseAll(
  analysis: Analysis,
  suspension: TSESTree.Node,
  mustInclude: string,
): { names: string[]; fix: (fixer: Fixer) => Fix } | undefined {
  const holder = suspension.parent;
  const start = holder?.type === AST_NODE_TYPES.VariableDeclarator ? holder.parent : holder;
  const list = start?.parent && 'body' in start.parent && Array.isArray(start.parent.body) ? (start.parent.body as TSESTree.Node[]) : [];
  const run: AwaitedLocal[] = [];
  const statements: TSESTree.Node[] = [];
  for (let index = start ? list.indexOf(start) : -1; index >= 0 && index < list.length; index += 1) {
    const item = awaitedLocal(analysis, list[index]);
    if (!item) break;
    run.push(item);
    statements.push(list[index]!);
  }
  if (run.length < 2 || !run.some((item) => item.name === mustInclude)) return undefined;
  const names = run.map((item) => item.name);
  const call = `await Promise.all([${names.join(', ')}])`;
  const targets = run.map((item) => item.target ?? '');
  const kind = run.some((item) => item.kind === 'let' || item.kind === 'var') ? 'let' : 'const';
  const text = targets.every((item) => item === '') ? `${call};` : `${kind} [${targets.join(', ').replace(/(, )+$/, '')}] = ${call};`;
  const range: TSESTree.Range = [statements[0]!.range[0], statements[statements.length - 1]!.range[1]];
  return { names, fix: (fixer) => fixer.replaceTextRange(range, text) };
}

/** One level of indentation in the file: a tab, or the smallest indentation by spaces of a code line (two spaces when none). */
function indentUnit(sourceCode: SourceCode): string {
  let unit: string | undefined;
  for (const line of sourceCode.lines) {
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    // Skip blank lines and the ` * ` lines of block comments.
    if (indent === '' || line.trim() === '' || line.trimStart().startsWith('*')) continue;
    if (indent.startsWith('\t')) return '\t';
    if (unit === undefined || indent.length < unit.length) unit = indent;
  }
  return unit ?? '  ';
}

/**
 * Inserts `statement` as the first statement of `block`: on the line of `{` when the first
 * statement is there (or the block is written on one line), else on a line of its own, indented
 * like the block's first statement or comment, or one level deeper than its closing `}`.
 */
export function prependStatement(sourceCode: SourceCode, block: TSESTree.BlockStatement, statement: string): (fixer: Fixer) => Fix {
  return (fixer) => {
    const open = sourceCode.getFirstToken(block)!;
    const first = block.body[0];
    if (!first) {
      if (sourceCode.getText(block) === '{}') return fixer.replaceText(block, `{ ${statement} }`);
      const close = sourceCode.getLastToken(block)!;
      if (close.loc.start.line === open.loc.end.line) return fixer.insertTextAfter(open, ` ${statement}`);
      // `{\n  // ignore\n}`: a line of its own, indented like the comment.
      const comment = sourceCode.getCommentsInside(block).find((item) => item.loc.start.line > open.loc.end.line);
      const line = sourceCode.lines[(comment ?? close).loc.start.line - 1] ?? '';
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      return fixer.insertTextAfter(open, `\n${comment ? indent : indent + indentUnit(sourceCode)}${statement}`);
    }
    if (first.loc.start.line === open.loc.start.line) return fixer.insertTextAfter(open, ` ${statement}`);
    return fixer.insertTextBefore(first, `${statement}\n${indentOf(sourceCode, first)}`);
  };
}

/**
 * Gives a chain of branches a last one for everything it does not name: an `else` after the last
 * `if` of an `if`/`else if` chain (a block when its bodies are blocks), or a `default:` case at the
 * end of a `switch`, running `statement` there.
 */
export function addFallbackBranch(
  sourceCode: SourceCode,
  end: TSESTree.IfStatement | TSESTree.SwitchStatement,
  statement: string,
): (fixer: Fixer) => Fix {
  if (end.type === AST_NODE_TYPES.SwitchStatement) {
    const last = end.cases[end.cases.length - 1]!;
    const caseIndent = indentOf(sourceCode, last);
    const bodyIndent = `${caseIndent}${caseIndent.slice(indentOf(sourceCode, end).length) || '  '}`;
    return (fixer) => fixer.insertTextAfter(last, `\n${caseIndent}default:\n${bodyIndent}${statement}`);
  }
  let top: TSESTree.Node = end;
  while (top.parent?.type === AST_NODE_TYPES.IfStatement && top.parent.alternate === top) top = top.parent;
  const indent = indentOf(sourceCode, top);
  const text =
    end.consequent.type === AST_NODE_TYPES.BlockStatement ? ` else {\n${indent}  ${statement}\n${indent}}` : `\n${indent}else ${statement}`;
  return (fixer) => fixer.insertTextAfter(end, text);
}
