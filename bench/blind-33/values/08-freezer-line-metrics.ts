// expect: none
// The totals are written in 'data' listeners but only read after `await finished(stream)`, by which point every data event has fired.
import { finished } from 'node:stream/promises';
import type { Readable } from 'node:stream';

export interface FlowRecord {
  line: 'A' | 'B' | 'C';
  flavour: string;
  litres: number;
  overrunPct: number;
  drawTempC: number;
  at: number;
}

export interface LineSummary {
  line: FlowRecord['line'];
  litres: number;
  records: number;
  meanOverrunPct: number;
  warmDraws: number;
  flavours: string[];
}

declare function openFlowFeed(line: FlowRecord['line'], from: number, to: number): Readable;

declare const qa: {
  file(summary: LineSummary, shiftId: string): Promise<void>;
};

const WARM_DRAW_C = -4.5;

export async function summariseLine(
  line: FlowRecord['line'],
  shiftId: string,
  from: number,
  to: number,
): Promise<LineSummary> {
  const feed = openFlowFeed(line, from, to);

  let litres = 0;
  let records = 0;
  let overrunTotal = 0;
  let warmDraws = 0;
  const flavours = new Set<string>();

  feed.on('data', (rec: FlowRecord) => {
    if (rec.line !== line || rec.at < from || rec.at >= to) {
      return;
    }
    litres += rec.litres;
    records += 1;
    overrunTotal += rec.overrunPct;
    if (rec.drawTempC > WARM_DRAW_C) {
      warmDraws += 1;
    }
    flavours.add(rec.flavour);
  });

  await finished(feed);

  const summary: LineSummary = {
    line,
    litres: Math.round(litres * 10) / 10,
    records,
    meanOverrunPct: records > 0 ? Math.round((overrunTotal / records) * 10) / 10 : 0,
    warmDraws,
    flavours: [...flavours].sort(),
  };

  await qa.file(summary, shiftId);
  return summary;
}

export async function summariseShift(shiftId: string, from: number, to: number): Promise<LineSummary[]> {
  const lines: FlowRecord['line'][] = ['A', 'B', 'C'];
  return Promise.all(lines.map((l) => summariseLine(l, shiftId, from, to)));
}
