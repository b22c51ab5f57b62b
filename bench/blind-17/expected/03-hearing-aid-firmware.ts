// expect: no-uncalled-async-function
// `session.hasSufficientBattery` is an async method referenced without being called, so the negated check is always false and low-battery devices are flashed anyway.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export interface FirmwareImage {
  path: string;
  version: string;
  sha256: string;
}

export class HearingAidSession {
  constructor(
    readonly serial: string,
    readonly side: 'left' | 'right',
    private readonly transport: { query(cmd: string): Promise<string> },
  ) {}

  async firmwareVersion(): Promise<string> {
    return (await this.transport.query('FW?')).trim();
  }

  async hasSufficientBattery(): Promise<boolean> {
    const reply = await this.transport.query('BATT?');
    const percent = Number.parseInt(reply, 10);
    return Number.isFinite(percent) && percent >= 50;
  }

  async enterBootloader(): Promise<void> {
    await this.transport.query('DFU');
  }
}

async function verifyImage(image: FirmwareImage): Promise<void> {
  const digest = createHash('sha256')
    .update(await readFile(image.path))
    .digest('hex');
  if (digest !== image.sha256) {
    throw new Error(`checksum mismatch for ${image.path}: expected ${image.sha256}, got ${digest}`);
  }
}

function runFlasher(serial: string, imagePath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('ha-dfu', ['--serial', serial, '--image', imagePath, '--verify'], {
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`ha-dfu exited with ${code}: ${stderr.trim()}`));
    });
  });
}

export async function preflight(session: HearingAidSession, image: FirmwareImage): Promise<string[]> {
  const problems: string[] = [];
  const current = await session.firmwareVersion();
  if (current === image.version) {
    problems.push(`${session.side} aid already on ${image.version}`);
  }
  if (!session.hasSufficientBattery) {
    problems.push(`${session.side} aid battery below 50%, place it on the charger first`);
  }
  return problems;
}

export async function updatePair(sessions: HearingAidSession[], image: FirmwareImage, onProgress: (msg: string) => void): Promise<void> {
  await verifyImage(image);

  // Check both sides before touching either, so a pair never ends up mismatched.
  const problems = (await Promise.all(sessions.map((s) => preflight(s, image)))).flat();
  if (problems.length > 0) {
    throw new Error(`update blocked:\n- ${problems.join('\n- ')}`);
  }

  for (const session of sessions) {
    onProgress(`${session.side}: entering bootloader`);
    await session.enterBootloader();
    onProgress(`${session.side}: flashing ${image.version}`);
    await runFlasher(session.serial, image.path);
    onProgress(`${session.side}: done`);
  }
}
