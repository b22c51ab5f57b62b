// expect: no-read-before-settle
// importGaugeFile returns summarise(readings) right after wiring the readline 'line' handler, before any line has been pushed.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface GaugeReading {
  station: string;
  timestamp: string;
  waterLevelM: number;
  conductivityMsCm: number;
}

export interface ImportSummary {
  station: string;
  file: string;
  readings: number;
  skipped: number;
  highWaterM: number | null;
  lowWaterM: number | null;
  firstTimestamp: string | null;
  lastTimestamp: string | null;
}

declare const qcLog: {
  warn(message: string): void;
};

const HEADER = 'station,timestamp,level_m,cond_mscm';

function parseRow(line: string): GaugeReading | undefined {
  const [station, timestamp, level, cond] = line.split(',');
  const waterLevelM = Number(level);
  const conductivityMsCm = Number(cond);
  if (!station || !timestamp || Number.isNaN(waterLevelM) || Number.isNaN(conductivityMsCm)) return undefined;
  return { station, timestamp, waterLevelM, conductivityMsCm };
}

export function summarise(station: string, file: string, readings: GaugeReading[], skipped: number): ImportSummary {
  const levels = readings.map((r) => r.waterLevelM);
  const ordered = [...readings].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
  return {
    station,
    file,
    readings: readings.length,
    skipped,
    highWaterM: levels.length ? Math.max(...levels) : null,
    lowWaterM: levels.length ? Math.min(...levels) : null,
    firstTimestamp: ordered[0]?.timestamp ?? null,
    lastTimestamp: ordered[ordered.length - 1]?.timestamp ?? null,
  };
}

export function importGaugeFile(
  station: string,
  file: string,
  onReading: (reading: GaugeReading) => void,
): ImportSummary {
  const readings: GaugeReading[] = [];
  let skipped = 0;
  let sawHeader = false;

  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  rl.on('line', (line) => {
    if (!sawHeader) {
      sawHeader = true;
      if (line.trim() !== HEADER) qcLog.warn(`${file}: unexpected header "${line.slice(0, 60)}"`);
      return;
    }
    const reading = parseRow(line);
    if (!reading || reading.station !== station) {
      skipped += 1;
      return;
    }
    if (reading.conductivityMsCm > 60) qcLog.warn(`${file}: conductivity ${reading.conductivityMsCm} at ${reading.timestamp}`);
    readings.push(reading);
    onReading(reading);
  });
  rl.on('error', (err) => qcLog.warn(`${file}: ${err.message}`));

  return summarise(station, file, readings, skipped);
}

export function tidalRangeM(summary: ImportSummary): number | null {
  if (summary.highWaterM === null || summary.lowWaterM === null) return null;
  return Number((summary.highWaterM - summary.lowWaterM).toFixed(3));
}
