// expect: no-multiple-settle
// The executor is async and awaits the calibration file before wiring up the socket, so a missing or malformed calibration file leaves the returned promise pending forever.
import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';

export interface ProbeAddress {
  host: string;
  port: number;
  channel: number;
}

export interface Calibration {
  phOffset: number;
  conductivityScale: number;
  tempOffsetC: number;
}

export interface SpringSample {
  channel: number;
  ph: number;
  conductivityUsCm: number;
  temperatureC: number;
  sulfurPpm: number;
  takenAt: Date;
}

interface RawFrame {
  channel: number;
  ph: number;
  conductivity: number;
  tempC: number;
  sulfur: number;
}

function parseFrame(buffer: Buffer): RawFrame {
  const text = buffer.toString('ascii').trim();
  const [channel, ph, conductivity, tempC, sulfur] = text.split(',').map(Number);
  if ([channel, ph, conductivity, tempC, sulfur].some((n) => n === undefined || Number.isNaN(n))) {
    throw new Error(`Malformed probe frame: ${JSON.stringify(text)}`);
  }
  return { channel: channel!, ph: ph!, conductivity: conductivity!, tempC: tempC!, sulfur: sulfur! };
}

function applyCalibration(frame: RawFrame, calibration: Calibration): SpringSample {
  return {
    channel: frame.channel,
    ph: frame.ph + calibration.phOffset,
    conductivityUsCm: frame.conductivity * calibration.conductivityScale,
    temperatureC: frame.tempC + calibration.tempOffsetC,
    sulfurPpm: frame.sulfur,
    takenAt: new Date(),
  };
}

export function sampleSpring(
  probe: ProbeAddress,
  calibrationPath: string,
  timeoutMs = 15_000,
): Promise<SpringSample> {
  return new Promise<SpringSample>(async (resolve, reject) => {
    const calibration = JSON.parse(await readFile(calibrationPath, 'utf8')) as Calibration;

    const socket = connect(probe.port, probe.host);
    const chunks: Buffer[] = [];

    socket.setTimeout(timeoutMs, () => {
      socket.destroy(new Error(`Probe ${probe.host}:${probe.port} timed out`));
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      try {
        resolve(applyCalibration(parseFrame(Buffer.concat(chunks)), calibration));
      } catch (err) {
        reject(err);
      }
    });

    socket.write(`SAMPLE ${probe.channel}\n`);
  });
}

export function isSafeForBathing(sample: SpringSample): boolean {
  return sample.ph >= 5.8 && sample.ph <= 8.6 && sample.temperatureC <= 42 && sample.sulfurPpm < 20;
}
