// expect: none
// The replay promise is settled through a single guarded finish function, so a read error followed by the interface closing cannot settle it a second time.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface TelemetryFrame {
  car: string;
  t: number;
  speedKph: number;
  panelWatts: number;
  batteryPct: number;
}

export interface ReplaySummary {
  frames: number;
  malformed: number;
  peakPanelWatts: number;
  lowestBatteryPct: number;
  averageSpeedKph: number;
}

function parseFrame(line: string): TelemetryFrame | undefined {
  const parts = line.split('\t');
  if (parts.length !== 5) return undefined;
  const [car, t, speed, watts, battery] = parts;
  const frame: TelemetryFrame = {
    car: car ?? '',
    t: Number(t),
    speedKph: Number(speed),
    panelWatts: Number(watts),
    batteryPct: Number(battery),
  };
  if (!frame.car || [frame.t, frame.speedKph, frame.panelWatts, frame.batteryPct].some(Number.isNaN)) {
    return undefined;
  }
  return frame;
}

export function replayTelemetryLog(path: string, car: string): Promise<ReplaySummary> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(path, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const summary: ReplaySummary = {
      frames: 0,
      malformed: 0,
      peakPanelWatts: 0,
      lowestBatteryPct: 100,
      averageSpeedKph: 0,
    };
    let speedTotal = 0;
    let finished = false;

    const finish = (err?: Error) => {
      if (finished) return;
      finished = true;
      if (err) {
        reject(err);
        return;
      }
      summary.averageSpeedKph = summary.frames ? speedTotal / summary.frames : 0;
      resolve(summary);
    };

    rl.on('line', (line) => {
      if (!line || line.startsWith('#')) return;
      const frame = parseFrame(line);
      if (!frame) {
        summary.malformed++;
        return;
      }
      if (frame.car !== car) return;
      summary.frames++;
      speedTotal += frame.speedKph;
      summary.peakPanelWatts = Math.max(summary.peakPanelWatts, frame.panelWatts);
      summary.lowestBatteryPct = Math.min(summary.lowestBatteryPct, frame.batteryPct);
    });
    rl.once('error', (err: Error) => {
      finish(err);
      rl.close();
      input.destroy();
    });
    rl.once('close', () => finish());
  });
}
