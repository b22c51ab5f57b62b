// expect: none
// ask() settles on the answer or on the interface closing first, and removes its close listener once answered, so every question settles exactly once even when stdin hits EOF mid-roster.
import readline from 'node:readline';
import { stdin, stdout } from 'node:process';

type Position = 'lead' | 'swing' | 'team' | 'wheel';

interface Dog {
  name: string;
  position: Position;
  restDays: number;
  sorePaw: boolean;
}

const KENNEL: Dog[] = [
  { name: 'Juniper', position: 'lead', restDays: 2, sorePaw: false },
  { name: 'Koda', position: 'lead', restDays: 0, sorePaw: false },
  { name: 'Birch', position: 'swing', restDays: 1, sorePaw: true },
  { name: 'Nanook', position: 'team', restDays: 3, sorePaw: false },
  { name: 'Pika', position: 'team', restDays: 1, sorePaw: false },
  { name: 'Tundra', position: 'wheel', restDays: 2, sorePaw: false },
];

function ask(rl: readline.Interface, question: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const onClose = (): void => reject(new Error('input closed before the roster was confirmed'));
    rl.once('close', onClose);
    rl.question(question, (answer) => {
      rl.off('close', onClose);
      resolve(answer.trim());
    });
  });
}

async function confirmTeam(rl: readline.Interface, dogs: Dog[]): Promise<Dog[]> {
  const team: Dog[] = [];
  for (const dog of dogs) {
    if (dog.restDays < 1) {
      stdout.write(`  ${dog.name} has not rested, skipping\n`);
      continue;
    }
    const note = dog.sorePaw ? ' (sore paw noted at last check)' : '';
    const answer = await ask(rl, `Harness ${dog.name} at ${dog.position}${note}? [y/N] `);
    if (/^y(es)?$/i.test(answer)) team.push(dog);
  }
  return team;
}

async function main(): Promise<void> {
  const rl = readline.createInterface({ input: stdin, output: stdout });
  try {
    const team = await confirmTeam(rl, KENNEL);
    if (!team.some((d) => d.position === 'lead')) {
      throw new Error('no lead dog selected, the team cannot leave the yard');
    }
    stdout.write(`\nTeam of ${team.length}: ${team.map((d) => d.name).join(', ')}\n`);
  } finally {
    rl.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
