// expect: no-promise-as-value
// The owner e-mail interpolates this.store.countUnvoiced(...) without await, so the message says "[object Promise] still to do".
export interface Quill {
  key: number;
  register: '8ft-front' | '8ft-back' | '4ft' | 'lute';
  material: 'delrin' | 'crow' | 'condor';
  loudnessDb: number;
  voicedAt?: number;
}

export interface Instrument {
  id: string;
  name: string;
  ownerEmail: string;
  compass: { lowest: string; highest: string; keys: number };
}

declare const quillStore: {
  forInstrument(instrumentId: string): Promise<Quill[]>;
  countUnvoiced(instrumentId: string): Promise<number>;
  save(instrumentId: string, quills: Quill[]): Promise<void>;
};

declare const mailer: {
  send(to: string, subject: string, body: string): Promise<void>;
};

const EVENNESS_DB = 1.5;

function unevenNeighbours(quills: Quill[]): Array<[Quill, Quill]> {
  const pairs: Array<[Quill, Quill]> = [];
  const byRegister = new Map<Quill['register'], Quill[]>();
  for (const q of quills) byRegister.set(q.register, [...(byRegister.get(q.register) ?? []), q]);
  for (const list of byRegister.values()) {
    list.sort((a, b) => a.key - b.key);
    for (let i = 1; i < list.length; i++) {
      if (Math.abs(list[i].loudnessDb - list[i - 1].loudnessDb) > EVENNESS_DB) pairs.push([list[i - 1], list[i]]);
    }
  }
  return pairs;
}

export class VoicingReport {
  constructor(private readonly store: typeof quillStore) {}

  async recordSession(instrument: Instrument, voiced: Quill[]): Promise<string> {
    const now = Date.now();
    const stamped = voiced.map((q) => ({ ...q, voicedAt: now }));
    await this.store.save(instrument.id, stamped);

    const all = await this.store.forInstrument(instrument.id);
    const uneven = unevenNeighbours(all);
    const registers = [...new Set(stamped.map((q) => q.register))].join(', ');

    const lines = [
      `Dear owner,`,
      ``,
      `Today we revoiced ${stamped.length} quills on your ${instrument.name} (${registers}).`,
      `${this.store.countUnvoiced(instrument.id)} still to do before the whole compass is even.`,
    ];
    if (uneven.length > 0) {
      const worst = uneven
        .slice(0, 3)
        .map(([a, b]) => `${a.register} keys ${a.key}-${b.key}`)
        .join('; ');
      lines.push(`Still uneven: ${worst}${uneven.length > 3 ? ` and ${uneven.length - 3} more` : ''}.`);
    }
    lines.push('', 'With best wishes from the workshop');

    const body = lines.join('\n');
    await mailer.send(instrument.ownerEmail, `Voicing update: ${instrument.name}`, body);
    return body;
  }

  async progress(instrument: Instrument): Promise<number> {
    const quills = await this.store.forInstrument(instrument.id);
    if (quills.length === 0) return 0;
    return quills.filter((q) => q.voicedAt !== undefined).length / quills.length;
  }
}
