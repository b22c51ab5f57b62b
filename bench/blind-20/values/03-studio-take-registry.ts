// expect: no-read-before-settle
// Bug: durationSec is assigned in the execFile callback but pushed into the take list synchronously right after, so every take is recorded with 0 seconds.
import { execFile } from 'node:child_process';
import { basename } from 'node:path';
import { stat } from 'node:fs/promises';

export interface Take {
  file: string;
  label: string;
  durationSec: number;
  bytes: number;
  recordedAt: Date;
}

export interface SessionInfo {
  artist: string;
  engineer: string;
  room: 'A' | 'B' | 'vocal-booth';
  sampleRate: 44100 | 48000 | 96000;
}

export class SessionLog {
  private readonly takes: Take[] = [];

  constructor(readonly info: SessionInfo) {}

  async registerTake(file: string, label?: string): Promise<Take> {
    const { size, mtime } = await stat(file);

    let durationSec = 0;
    execFile('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=nw=1:nk=1', file], (err, stdout) => {
      if (err) {
        console.warn(`ffprobe failed for ${file}: ${err.message}`);
        return;
      }
      const parsed = Number.parseFloat(stdout.trim());
      if (Number.isFinite(parsed)) durationSec = parsed;
    });

    const take: Take = {
      file,
      label: label ?? basename(file).replace(/\.(wav|aiff?)$/i, ''),
      durationSec,
      bytes: size,
      recordedAt: mtime,
    };
    this.takes.push(take);
    return take;
  }

  totalMinutes(): number {
    return this.takes.reduce((sum, t) => sum + t.durationSec, 0) / 60;
  }

  longestTake(): Take | undefined {
    return [...this.takes].sort((a, b) => b.durationSec - a.durationSec)[0];
  }

  summary(): string {
    const header = `${this.info.artist} / room ${this.info.room} / ${this.info.sampleRate / 1000}kHz`;
    const rows = this.takes.map((t) => `  ${t.label.padEnd(24)} ${t.durationSec.toFixed(1).padStart(7)}s  ${(t.bytes / 1e6).toFixed(1)}MB`);
    return [header, ...rows, `  total ${this.totalMinutes().toFixed(1)} min`].join('\n');
  }
}
