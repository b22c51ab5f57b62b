// expect: none
// ask() settles exactly once: the question callback detaches the 'close' listener before resolving, and 'close' rejects when no answer can come.
import * as readline from "node:readline";

export interface AbacusProblem {
  id: string;
  operands: number[];
  operator: "+" | "-" | "×";
}

export interface AttemptRecord {
  problemId: string;
  given: number | null;
  correct: boolean;
  elapsedMs: number;
}

declare const progressStore: {
  save(studentId: string, records: AttemptRecord[]): Promise<void>;
};

export class InputClosedError extends Error {
  constructor() {
    super("input closed before the student answered");
    this.name = "InputClosedError";
  }
}

function solve(problem: AbacusProblem): number {
  const [first, ...rest] = problem.operands;
  return rest.reduce((acc, n) => {
    switch (problem.operator) {
      case "+":
        return acc + n;
      case "-":
        return acc - n;
      case "×":
        return acc * n;
    }
  }, first ?? 0);
}

function render(problem: AbacusProblem): string {
  return `${problem.operands.join(` ${problem.operator} `)} = `;
}

export function ask(rl: readline.Interface, prompt: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const onClose = () => {
      reject(new InputClosedError());
    };
    rl.once("close", onClose);
    rl.question(prompt, (answer) => {
      rl.off("close", onClose);
      resolve(answer.trim());
    });
  });
}

export async function runDrill(studentId: string, problems: AbacusProblem[]): Promise<AttemptRecord[]> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const records: AttemptRecord[] = [];
  try {
    for (const problem of problems) {
      const started = Date.now();
      let raw: string;
      try {
        raw = await ask(rl, render(problem));
      } catch (err) {
        if (err instanceof InputClosedError) break;
        throw err;
      }
      const given = raw === "" || Number.isNaN(Number(raw)) ? null : Number(raw);
      records.push({
        problemId: problem.id,
        given,
        correct: given === solve(problem),
        elapsedMs: Date.now() - started,
      });
    }
  } finally {
    rl.close();
  }
  await progressStore.save(studentId, records);
  return records;
}
