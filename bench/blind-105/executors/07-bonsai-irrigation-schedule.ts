// expect: none
// In the 'end' handler, parsing, validation and the audit line all run before resolve, which is the last statement of the try, so the catch can only reject a promise that is still pending; non-200, response and request errors each reject once.
import { get } from 'node:http';

export interface IrrigationWindow {
  start: string;
  minutes: number;
  litresPerMinute: number;
}

export interface IrrigationSchedule {
  zone: string;
  species: string[];
  windows: IrrigationWindow[];
}

function validateSchedule(raw: unknown, zone: string): IrrigationSchedule {
  const doc = raw as Partial<IrrigationSchedule> | null;
  if (!doc || doc.zone !== zone || !Array.isArray(doc.windows)) {
    throw new TypeError(`controller returned a malformed schedule for zone ${zone}`);
  }
  for (const w of doc.windows) {
    if (!/^\d{2}:\d{2}$/.test(w.start) || w.minutes <= 0 || w.minutes > 90) {
      throw new RangeError(`zone ${zone}: implausible window ${JSON.stringify(w)}`);
    }
  }
  return { zone, species: doc.species ?? [], windows: doc.windows };
}

export function fetchSchedule(
  controllerHost: string,
  zone: string,
  audit: (line: string) => void,
): Promise<IrrigationSchedule> {
  return new Promise((resolve, reject) => {
    const req = get(
      { host: controllerHost, port: 8080, path: `/zones/${encodeURIComponent(zone)}/schedule`, timeout: 5_000 },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`controller answered ${res.statusCode} for zone ${zone}`));
          return;
        }
        res.setEncoding('utf8');
        let body = '';
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('error', reject);
        res.on('end', () => {
          try {
            const schedule = validateSchedule(JSON.parse(body), zone);
            const litres = schedule.windows.reduce((s, w) => s + w.minutes * w.litresPerMinute, 0);
            audit(`zone ${zone}: ${schedule.windows.length} windows, ${litres.toFixed(1)} L/day`);
            resolve(schedule);
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`controller ${controllerHost} timed out`)));
    req.on('error', reject);
  });
}
