// expect: none
// litres is accumulated inside the Writable's write callback and read only after `await pipeline(...)` has resolved, when every chunk has been processed.
import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface FlowPulse {
  at: number;
  millilitres: number;
}

export interface VatFill {
  vatId: string;
  litres: number;
  peakLpm: number;
  brineMix: 'standard' | 'dill-garlic' | 'spicy';
}

declare const vatRegistry: {
  capacityLitres(vatId: string): Promise<number>;
  recordFill(fill: VatFill): Promise<void>;
};

// brine must cover the okra pods completely; below 85% fill the top layer spoils
const MIN_FILL_RATIO = 0.85;

function decodePulse(line: string): FlowPulse | null {
  const [at, ml] = line.split(' ');
  const pulse = { at: Number(at), millilitres: Number(ml) };
  return Number.isFinite(pulse.at) && Number.isFinite(pulse.millilitres) ? pulse : null;
}

export async function meterFill(vatId: string, pulseLog: string, brineMix: VatFill['brineMix']): Promise<VatFill> {
  let litres = 0;
  let peakLpm = 0;
  let lastAt: number | undefined;
  let carry = '';

  const consume = (line: string): void => {
    const pulse = decodePulse(line);
    if (!pulse) return;
    litres += pulse.millilitres / 1000;
    if (lastAt !== undefined && pulse.at > lastAt) {
      peakLpm = Math.max(peakLpm, (pulse.millilitres / 1000) / ((pulse.at - lastAt) / 60_000));
    }
    lastAt = pulse.at;
  };

  const meter = new Writable({
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      const lines = (carry + chunk).split('\n');
      carry = lines.pop() ?? '';
      lines.forEach(consume);
      callback();
    },
    final(callback) {
      if (carry) consume(carry);
      callback();
    },
  });

  await pipeline(createReadStream(pulseLog, { encoding: 'utf8' }), meter);

  const capacity = await vatRegistry.capacityLitres(vatId);
  if (litres < capacity * MIN_FILL_RATIO) {
    throw new Error(`vat ${vatId} holds ${litres.toFixed(1)}L of ${capacity}L; top up brine before sealing`);
  }

  const fill: VatFill = { vatId, litres: Math.round(litres * 10) / 10, peakLpm: Math.round(peakLpm), brineMix };
  await vatRegistry.recordFill(fill);
  return fill;
}
