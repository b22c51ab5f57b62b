// expect: no-uncalled-async-function
// The restring test awaits the tick helper itself rather than tick(), so it never waits for the setImmediate-scheduled queue to run before asserting.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
};

type StringName = 'head' | 'hand-l' | 'hand-r' | 'knee-l' | 'knee-r' | 'back' | 'shoulder-l' | 'shoulder-r' | 'seat';

interface Marionette {
  id: string;
  character: string;
  strings: Map<StringName, { gauge: number; frayed: boolean }>;
}

interface RestringOrder {
  puppetId: string;
  strings: StringName[];
  gauge: number;
}

class Workshop {
  private readonly queue: RestringOrder[] = [];
  private scheduled = false;
  readonly completed: string[] = [];

  constructor(private readonly puppets: Map<string, Marionette>) {}

  submit(order: RestringOrder): void {
    this.queue.push(order);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.drain());
  }

  private drain(): void {
    this.scheduled = false;
    for (const order of this.queue.splice(0)) {
      const puppet = this.puppets.get(order.puppetId);
      if (!puppet) continue;
      for (const name of order.strings) {
        puppet.strings.set(name, { gauge: order.gauge, frayed: false });
      }
      this.completed.push(order.puppetId);
    }
  }
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

function makePuppet(id: string, character: string, frayed: StringName[]): Marionette {
  const strings = new Map<StringName, { gauge: number; frayed: boolean }>();
  for (const name of ['head', 'hand-l', 'hand-r', 'knee-l', 'knee-r', 'back'] as StringName[]) {
    strings.set(name, { gauge: 0.4, frayed: frayed.includes(name) });
  }
  return { id, character, strings };
}

describe('puppet workshop restringing', () => {
  let puppets: Map<string, Marionette>;
  let workshop: Workshop;

  beforeEach(() => {
    puppets = new Map([
      ['p-1', makePuppet('p-1', 'Punch', ['hand-l'])],
      ['p-2', makePuppet('p-2', 'Judy', ['knee-l', 'knee-r'])],
    ]);
    workshop = new Workshop(puppets);
  });

  it('batches orders submitted in the same tick', async () => {
    workshop.submit({ puppetId: 'p-1', strings: ['hand-l'], gauge: 0.5 });
    workshop.submit({ puppetId: 'p-2', strings: ['knee-l'], gauge: 0.5 });
    await tick();
    expect(workshop.completed).toEqual(['p-1', 'p-2']);
  });

  it('replaces frayed strings with the ordered gauge', async () => {
    workshop.submit({ puppetId: 'p-2', strings: ['knee-l', 'knee-r'], gauge: 0.55 });
    await tick;
    const judy = puppets.get('p-2')!;
    expect(judy.strings.get('knee-l')).toEqual({ gauge: 0.55, frayed: false });
    expect(judy.strings.get('knee-r')).toEqual({ gauge: 0.55, frayed: false });
  });

  it('ignores orders for puppets that are not in the workshop', async () => {
    workshop.submit({ puppetId: 'p-9', strings: ['head'], gauge: 0.4 });
    await tick();
    expect(workshop.completed).toHaveLength(0);
  });

  it('adds a seat string to puppets that never had one', async () => {
    workshop.submit({ puppetId: 'p-1', strings: ['seat'], gauge: 0.6 });
    await tick();
    expect(puppets.get('p-1')!.strings.size).toBe(7);
  });
});
