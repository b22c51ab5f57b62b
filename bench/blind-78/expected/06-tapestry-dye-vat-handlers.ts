// expect: none
// handlerFor() intentionally returns the handler methods themselves (its declared return type is a function), and dispatch() calls and awaits the one it gets.
export type VatCommand =
  | { type: 'mordant'; vatId: string; alumGrams: number }
  | { type: 'dye'; vatId: string; dyestuff: 'madder' | 'weld' | 'woad'; skeins: number }
  | { type: 'rinse'; vatId: string; cycles: number }
  | { type: 'drain'; vatId: string };

type VatHandler = (command: VatCommand) => Promise<string>;

declare const vatPlc: {
  setTemperature(vatId: string, celsius: number): Promise<void>;
  dose(vatId: string, additive: string, grams: number): Promise<void>;
  agitate(vatId: string, minutes: number): Promise<void>;
  valve(vatId: string, state: 'open' | 'closed'): Promise<void>;
};
declare const journal: { append(entry: { vatId: string; text: string; at: Date }): Promise<void> };

// Natural dyes are temperature sensitive: madder browns above ~80°C, woad reduces cooler.
const DYE_TEMPS: Record<'madder' | 'weld' | 'woad', number> = { madder: 70, weld: 85, woad: 50 };

export class DyeVatController {
  private readonly handlers: Record<VatCommand['type'], VatHandler>;

  constructor() {
    this.handlers = {
      mordant: this.handleMordant,
      dye: this.handleDye,
      rinse: this.handleRinse,
      drain: this.handleDrain,
    };
  }

  handlerFor(type: VatCommand['type']): VatHandler {
    return this.handlers[type];
  }

  async dispatch(command: VatCommand): Promise<string> {
    const handler = this.handlerFor(command.type);
    const summary = await handler(command);
    await journal.append({ vatId: command.vatId, text: summary, at: new Date() });
    return summary;
  }

  async runRecipe(commands: VatCommand[]): Promise<string[]> {
    const summaries: string[] = [];
    for (const command of commands) {
      summaries.push(await this.dispatch(command));
    }
    return summaries;
  }

  private readonly handleMordant: VatHandler = async (command) => {
    if (command.type !== 'mordant') throw new TypeError('expected mordant');
    await vatPlc.setTemperature(command.vatId, 88);
    await vatPlc.dose(command.vatId, 'alum', command.alumGrams);
    await vatPlc.agitate(command.vatId, 60);
    return `mordanted with ${command.alumGrams}g alum`;
  };

  private readonly handleDye: VatHandler = async (command) => {
    if (command.type !== 'dye') throw new TypeError('expected dye');
    await vatPlc.setTemperature(command.vatId, DYE_TEMPS[command.dyestuff]);
    await vatPlc.dose(command.vatId, command.dyestuff, command.skeins * 50);
    await vatPlc.agitate(command.vatId, command.dyestuff === 'woad' ? 20 : 45);
    return `dyed ${command.skeins} skeins in ${command.dyestuff}`;
  };

  private readonly handleRinse: VatHandler = async (command) => {
    if (command.type !== 'rinse') throw new TypeError('expected rinse');
    for (let i = 0; i < command.cycles; i++) {
      await vatPlc.valve(command.vatId, 'open');
      await vatPlc.agitate(command.vatId, 5);
      await vatPlc.valve(command.vatId, 'closed');
    }
    return `rinsed ${command.cycles}x`;
  };

  private readonly handleDrain: VatHandler = async (command) => {
    await vatPlc.setTemperature(command.vatId, 20);
    await vatPlc.valve(command.vatId, 'open');
    return 'drained';
  };
}
