// expect: no-read-before-settle
// currentStackTemp() sets `temp` in readStackTemp's Node-style callback but returns it synchronously right after the call, so the stack temperature is always null.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs';

interface PanState {
  pan: 'flue' | 'syrup';
  levelMm: number;
  tempC: number;
}

type NodeCallback<T> = (err: NodeJS.ErrnoException | null, value?: T) => void;

declare const plc: {
  readPans(cb: NodeCallback<PanState[]>): void;
  readStackTemp(cb: NodeCallback<number>): void;
};

const DRAW_OFF_TEMP_C = 104.1; // ≈ 7 °F above boiling at the sugarhouse's altitude
const STATE_FILE = '/var/lib/sugarhouse/last-draw.json';

function readLastDraw(cb: (drawnAt: string | null) => void): void {
  readFile(STATE_FILE, 'utf8', (err, text) => {
    if (err) return cb(null);
    try {
      cb((JSON.parse(text) as { drawnAt: string }).drawnAt);
    } catch {
      cb(null);
    }
  });
}

function currentStackTemp(): number | null {
  let temp: number | null = null;
  plc.readStackTemp((err, value) => {
    if (!err && typeof value === 'number') temp = value;
  });
  return temp;
}

/**
 * GET /status — polled by the tablet on the wall of the sugarhouse.
 * The PLC driver only has a callback API.
 */
export function statusHandler(_req: IncomingMessage, res: ServerResponse): void {
  const stackTempC = currentStackTemp();

  plc.readPans((err, pans) => {
    if (err || !pans) {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'PLC not answering' }));
      return;
    }

    readLastDraw((drawnAt) => {
      const syrupPan = pans.find((p) => p.pan === 'syrup');
      const lowPans = pans.filter((p) => p.levelMm < 25).map((p) => p.pan);
      const status = {
        pans,
        stackTempC,
        readyToDraw: syrupPan ? syrupPan.tempC >= DRAW_OFF_TEMP_C : false,
        lowLevel: lowPans,
        lastDrawAt: drawnAt,
        fireboxWarning: stackTempC !== null && stackTempC > 650,
      };
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(status));
    });
  });
}
