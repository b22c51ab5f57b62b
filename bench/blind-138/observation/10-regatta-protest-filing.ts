// expect: none
// The party notification is deliberately fire-and-forget but carries its own .catch that logs the failure, and the mirror listener does the same, so no promise is left unhandled.
import { EventEmitter } from 'node:events';

export interface ProtestForm {
  race: number;
  protestingBoat: string;
  protestedBoats: string[];
  incident: string;
  rulesAlleged: string[];
  hailedProtest: boolean;
  redFlagDisplayed: boolean;
}

export interface ProtestReceipt {
  protestId: string;
  race: number;
  parties: string[];
  filedAt: Date;
}

export interface ProtestStore {
  insert(form: ProtestForm): Promise<ProtestReceipt>;
}

export interface PartyNotifier {
  notifyParties(receipt: ProtestReceipt): Promise<void>;
}

export interface NoticeMirror {
  publish(notice: { protestId: string; text: string }): Promise<void>;
}

export class ProtestOffice extends EventEmitter {
  constructor(
    private readonly store: ProtestStore,
    private readonly notifier: PartyNotifier,
    private readonly mirror: NoticeMirror,
    private readonly log: { warn(msg: string): void } = console,
  ) {
    super();
    this.on('notice', (notice: { protestId: string; text: string }) => {
      this.mirror.publish(notice).catch((err: unknown) => {
        this.log.warn(`notice mirror failed for ${notice.protestId}: ${String(err)}`);
      });
    });
  }

  async file(form: ProtestForm): Promise<ProtestReceipt> {
    const problems = validate(form);
    if (problems.length > 0) {
      throw new Error(`Protest invalid: ${problems.join('; ')}`);
    }
    const receipt = await this.store.insert(form);

    void this.notifier.notifyParties(receipt).catch((err: unknown) => {
      this.log.warn(`could not notify parties of ${receipt.protestId}: ${String(err)}`);
    });

    this.emit('notice', {
      protestId: receipt.protestId,
      text: `Race ${form.race}: ${form.protestingBoat} v ${form.protestedBoats.join(', ')} (rules ${form.rulesAlleged.join(', ')})`,
    });
    return receipt;
  }
}

export function validate(form: ProtestForm): string[] {
  const problems: string[] = [];
  if (form.protestedBoats.length === 0) problems.push('no protested boat named');
  if (form.protestedBoats.includes(form.protestingBoat)) problems.push('a boat cannot protest itself');
  if (!form.hailedProtest) problems.push('protest was not hailed at the first reasonable opportunity');
  if (!form.redFlagDisplayed) problems.push('red flag not displayed (RRS 61.1)');
  if (form.incident.trim().length < 20) problems.push('incident description too short');
  return problems;
}
