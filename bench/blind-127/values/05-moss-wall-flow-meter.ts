// expect: none
// The totals are written by the stream's data listener but only read after awaiting finished(), by which point every data event has already fired.
import { createReadStream } from 'node:fs';
import { finished } from 'node:stream/promises';

export interface FlowSummary {
  wallId: string;
  litres: number;
  pulses: number;
  firstAt: string | undefined;
  lastAt: string | undefined;
  malformedLines: number;
}

const LITRES_PER_PULSE = 0.0045;

export async function summarizeFlowLog(wallId: string, logPath: string): Promise<FlowSummary> {
  let pulses = 0;
  let malformedLines = 0;
  let firstAt: string | undefined;
  let lastAt: string | undefined;
  let carry = '';

  const handleLine = (line: string) => {
    if (!line.trim()) return;
    const [timestamp, zone, count] = line.split(',');
    const n = Number(count);
    if (!timestamp || !zone || !Number.isInteger(n) || n < 0) {
      malformedLines++;
      return;
    }
    firstAt ??= timestamp;
    lastAt = timestamp;
    pulses += n;
  };

  const meter = createReadStream(logPath, { encoding: 'utf8' });
  meter.on('data', (chunk: string | Buffer) => {
    const lines = (carry + chunk.toString()).split('\n');
    carry = lines.pop() ?? '';
    lines.forEach(handleLine);
  });

  await finished(meter);
  handleLine(carry);

  return {
    wallId,
    litres: Math.round(pulses * LITRES_PER_PULSE * 100) / 100,
    pulses,
    firstAt,
    lastAt,
    malformedLines,
  };
}

export async function compareWalls(logs: Record<string, string>): Promise<FlowSummary[]> {
  const summaries = await Promise.all(
    Object.entries(logs).map(([wallId, path]) => summarizeFlowLog(wallId, path)),
  );
  return summaries.sort((a, b) => b.litres - a.litres);
}

export function leakSuspects(summaries: FlowSummary[], expectedLitres: number, tolerance = 0.25): string[] {
  return summaries
    .filter((s) => s.litres > expectedLitres * (1 + tolerance))
    .map((s) => `${s.wallId}: ${s.litres} L against ${expectedLitres} L expected`);
}
