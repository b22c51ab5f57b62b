// expect: none
// Each branch of the answer callback resolves once and returns, and the close listener that rejects is removed before any answer is handled, so every prompt settles exactly once.
import { createInterface, type Interface } from 'node:readline';
import { stdin, stdout } from 'node:process';

export interface PermitApplication {
  id: string;
  applicant: string;
  park: string;
  date: string;
  rampsRequested: string[];
  insured: boolean;
}

export type Decision = 'approve' | 'deny' | 'defer';

function ask(rl: Interface, question: string): Promise<Decision> {
  return new Promise<Decision>((resolve, reject) => {
    const onClose = () => reject(new Error('reviewer closed the console before deciding'));
    rl.once('close', onClose);
    rl.question(question, (answer) => {
      rl.off('close', onClose);
      const a = answer.trim().toLowerCase();
      if (a === 'a' || a === 'approve') {
        resolve('approve');
        return;
      }
      if (a === 'd' || a === 'deny') {
        resolve('deny');
        return;
      }
      resolve('defer');
    });
  });
}

function summarize(app: PermitApplication): string {
  const ramps = app.rampsRequested.length ? app.rampsRequested.join(', ') : 'street course only';
  const insurance = app.insured ? 'insured' : 'NO INSURANCE ON FILE';
  return [
    '',
    `#${app.id}  ${app.applicant}`,
    `  park:  ${app.park} on ${app.date}`,
    `  ramps: ${ramps}`,
    `  ${insurance}`,
    '',
  ].join('\n');
}

export async function reviewQueue(queue: PermitApplication[]): Promise<Map<string, Decision>> {
  const rl = createInterface({ input: stdin, output: stdout, terminal: true });
  const decisions = new Map<string, Decision>();
  try {
    for (const app of queue) {
      if (!app.insured) {
        decisions.set(app.id, 'deny');
        stdout.write(`auto-denied ${app.id}: missing insurance\n`);
        continue;
      }
      stdout.write(summarize(app));
      decisions.set(app.id, await ask(rl, 'approve / deny / defer? '));
    }
  } finally {
    rl.close();
  }
  return decisions;
}

export function tally(decisions: Map<string, Decision>): Record<Decision, number> {
  const counts: Record<Decision, number> = { approve: 0, deny: 0, defer: 0 };
  for (const d of decisions.values()) counts[d] += 1;
  return counts;
}
