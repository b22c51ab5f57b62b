// expect: no-uncalled-async-function
// For commands that do not need the press lock the ternary yields command.run itself, so `await` receives the function, "report" and "members" silently do nothing, and the CLI still prints "done".
import { createInterface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';

interface PressDayContext {
  day: string;
  dryRun: boolean;
}

interface Command {
  description: string;
  needsPress: boolean;
  run: () => Promise<void>;
}

interface PressHardware {
  lock(): Promise<() => Promise<void>>;
  runCycle(minutes: number): Promise<number>;
}

interface CoopDb {
  pressingsOn(day: string): Promise<{ member: string; litres: number }[]>;
  members(): Promise<string[]>;
}

async function withPressLock(hw: PressHardware, fn: () => Promise<void>): Promise<void> {
  const release = await hw.lock();
  try {
    await fn();
  } finally {
    await release();
  }
}

export function buildCommands(hw: PressHardware, db: CoopDb, ctx: PressDayContext): Map<string, Command> {
  return new Map<string, Command>([
    ['cycle', {
      description: 'run one 25-minute pressing cycle',
      needsPress: true,
      run: async () => {
        const litres = ctx.dryRun ? 0 : await hw.runCycle(25);
        console.log(`cycle complete: ${litres} L`);
      },
    }],
    ['report', {
      description: 'litres pressed per member today',
      needsPress: false,
      run: async () => {
        for (const p of await db.pressingsOn(ctx.day)) console.log(`${p.member.padEnd(24)} ${p.litres} L`);
      },
    }],
    ['members', {
      description: 'list co-op members',
      needsPress: false,
      run: async () => console.log((await db.members()).join('\n')),
    }],
  ]);
}

export async function repl(hw: PressHardware, commands: Map<string, Command>): Promise<void> {
  const rl = createInterface({ input: stdin, output: stdout });
  try {
    for (;;) {
      const name = (await rl.question('press> ')).trim();
      if (name === 'quit' || name === 'exit') break;
      const command = commands.get(name);
      if (!command) {
        console.log(`commands: ${[...commands.keys()].join(', ')}, quit`);
        continue;
      }
      await (command.needsPress ? withPressLock(hw, command.run) : command.run);
      console.log('done');
    }
  } finally {
    rl.close();
  }
}
