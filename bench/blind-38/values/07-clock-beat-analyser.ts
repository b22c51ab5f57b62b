// expect: no-read-before-settle
// estimateBeat registers a 'data' listener that updates tickCount and lastTickAt, then reads them synchronously, before any chunk can have arrived.
import type { Readable } from 'node:stream';

export interface BeatEstimate {
  ticks: number;
  beatsPerHour: number;
  inBeat: boolean;
  rateErrorSecPerDay: number;
}

export interface ClockOnBench {
  ticket: string;
  maker: string;
  trainCount: number;
  designBph: number;
}

declare const beatMic: { open(ticket: string, sampleRate: number): Readable };
declare const repairNotes: { add(ticket: string, note: string): Promise<void> };

const SAMPLE_RATE = 48_000;
const THRESHOLD = 9_000;
const REFRACTORY_SAMPLES = SAMPLE_RATE / 40;

export function estimateBeat(stream: Readable, listenSeconds: number, designBph: number): BeatEstimate {
  let tickCount = 0;
  let firstTickAt = -1;
  let lastTickAt = -1;
  let sampleIndex = 0;
  let evenGapTotal = 0;
  let oddGapTotal = 0;

  stream.on('data', (chunk: Buffer) => {
    for (let off = 0; off + 1 < chunk.length; off += 2) {
      const amplitude = Math.abs(chunk.readInt16LE(off));
      if (amplitude > THRESHOLD && (lastTickAt < 0 || sampleIndex - lastTickAt > REFRACTORY_SAMPLES)) {
        if (lastTickAt >= 0) {
          if (tickCount % 2 === 0) evenGapTotal += sampleIndex - lastTickAt;
          else oddGapTotal += sampleIndex - lastTickAt;
        }
        if (firstTickAt < 0) firstTickAt = sampleIndex;
        lastTickAt = sampleIndex;
        tickCount += 1;
      }
      sampleIndex += 1;
    }
    if (sampleIndex >= listenSeconds * SAMPLE_RATE) stream.destroy();
  });

  const spanSec = tickCount > 1 ? (lastTickAt - firstTickAt) / SAMPLE_RATE : 0;
  const beatsPerHour = spanSec > 0 ? Math.round(((tickCount - 1) / spanSec) * 3600) : 0;
  const asymmetry = evenGapTotal + oddGapTotal > 0 ? Math.abs(evenGapTotal - oddGapTotal) / (evenGapTotal + oddGapTotal) : 1;
  const rateErrorSecPerDay = designBph > 0 ? Math.round(((beatsPerHour - designBph) / designBph) * 86_400) : 0;

  return { ticks: tickCount, beatsPerHour, inBeat: asymmetry < 0.04, rateErrorSecPerDay };
}

export async function benchTest(clock: ClockOnBench, listenSeconds = 60): Promise<BeatEstimate> {
  const stream = beatMic.open(clock.ticket, SAMPLE_RATE);
  const estimate = estimateBeat(stream, listenSeconds, clock.designBph);
  const verdict = estimate.inBeat ? 'in beat' : 'out of beat, adjust crutch';
  await repairNotes.add(
    clock.ticket,
    `${clock.maker}: ${estimate.beatsPerHour} bph (design ${clock.designBph}), ${verdict}, ${estimate.rateErrorSecPerDay} s/day`,
  );
  return estimate;
}
