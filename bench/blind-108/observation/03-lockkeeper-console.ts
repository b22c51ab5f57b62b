// expect: none
// The readline 'line' listener is synchronous and attaches a rejection handler to the async command it starts, and the 'close' handler does the same for the final flush, so every promise handed to an event callback has a rejection handler.
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export interface MooringBook {
  moor(boat: string, berth: string, nights: number): Promise<void>;
  depart(boat: string): Promise<number>;
  flush(): Promise<void>;
}

type Command =
  | { kind: 'moor'; boat: string; berth: string; nights: number }
  | { kind: 'depart'; boat: string }
  | { kind: 'help' };

export function parseCommand(line: string): Command | null {
  const [verb, ...args] = line.trim().split(/\s+/);
  switch (verb?.toLowerCase()) {
    case 'moor': {
      const [boat, berth, nights] = args;
      if (!boat || !berth) return null;
      return { kind: 'moor', boat, berth, nights: Number(nights ?? '1') };
    }
    case 'depart':
      return args[0] ? { kind: 'depart', boat: args[0] } : null;
    case 'help':
      return { kind: 'help' };
    default:
      return null;
  }
}

export class LockkeeperConsole {
  constructor(
    private readonly book: MooringBook,
    private readonly input: Readable,
    private readonly output: Writable,
  ) {}

  run(): readline.Interface {
    const rl = readline.createInterface({ input: this.input, output: this.output, prompt: 'moorings> ' });

    rl.on('line', (line) => {
      this.execute(line).then(
        () => rl.prompt(),
        (err: unknown) => {
          this.output.write(`error: ${(err as Error).message}\n`);
          rl.prompt();
        },
      );
    });

    rl.on('close', () => {
      this.book.flush().catch((err: unknown) => {
        this.output.write(`could not save mooring book: ${(err as Error).message}\n`);
        process.exitCode = 1;
      });
    });

    rl.prompt();
    return rl;
  }

  private async execute(line: string): Promise<void> {
    const cmd = parseCommand(line);
    if (!cmd) {
      this.output.write(`unrecognised: ${line}\n`);
      return;
    }
    if (cmd.kind === 'help') {
      this.output.write('moor <boat> <berth> [nights] | depart <boat>\n');
    } else if (cmd.kind === 'moor') {
      await this.book.moor(cmd.boat, cmd.berth, cmd.nights);
      this.output.write(`${cmd.boat} moored at ${cmd.berth} for ${cmd.nights} night(s)\n`);
    } else {
      const fee = await this.book.depart(cmd.boat);
      this.output.write(`${cmd.boat} departed, fee £${fee.toFixed(2)}\n`);
    }
  }
}
