// expect: none
// Fields set by stream listeners are only read inside the 'end' handler, after all data events have fired.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { EventEmitter } from 'node:events';

interface Observation {
  stationId: string;
  ts: number;
  tempC: number;
  humidityPct: number;
  pressureHpa: number;
}

interface IngestSummary {
  file: string;
  accepted: number;
  rejected: number;
  firstTs?: number;
  lastTs?: number;
}

function parseLine(line: string): Observation | null {
  const [stationId, ts, temp, hum, pres] = line.split(',');
  const obs: Observation = {
    stationId,
    ts: Number(ts),
    tempC: Number(temp),
    humidityPct: Number(hum),
    pressureHpa: Number(pres),
  };
  if (!stationId || Number.isNaN(obs.ts) || obs.humidityPct < 0 || obs.humidityPct > 100) {
    return null;
  }
  return obs;
}

export class StationFileIngest extends EventEmitter {
  private accepted = 0;
  private rejected = 0;
  private firstTs: number | undefined;
  private lastTs: number | undefined;

  constructor(private readonly file: string) {
    super();
  }

  run(onObservation: (obs: Observation) => void): void {
    const rl = createInterface({ input: createReadStream(this.file, 'utf8'), crlfDelay: Infinity });

    rl.on('line', (line) => {
      if (line.startsWith('#') || line.trim() === '') return;
      const obs = parseLine(line);
      if (!obs) {
        this.rejected++;
        return;
      }
      this.firstTs ??= obs.ts;
      this.lastTs = obs.ts;
      this.accepted++;
      onObservation(obs);
    });

    rl.on('close', () => {
      const summary: IngestSummary = {
        file: this.file,
        accepted: this.accepted,
        rejected: this.rejected,
        firstTs: this.firstTs,
        lastTs: this.lastTs,
      };
      this.emit('summary', summary);
    });

    rl.on('error', (err) => this.emit('error', err));
  }
}
