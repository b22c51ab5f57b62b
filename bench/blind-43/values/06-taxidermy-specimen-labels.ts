// expect: no-read-before-settle
// this.profile is assigned in the session's 'profile' event handler but read on the very next line after open(), before the printer can have answered.
import { EventEmitter } from 'node:events';

export interface PrinterProfile {
  deviceId: string;
  mediaWidthMm: number;
  dpi: 203 | 300 | 600;
  supportsArchivalInk: boolean;
}

export interface Specimen {
  catalogueNo: string;
  commonName: string;
  scientificName: string;
  preparator: string;
  year: number;
  donor?: string;
}

export interface LabelJob {
  catalogueNo: string;
  widthDots: number;
  lines: string[];
  archival: boolean;
}

export interface PrinterSession extends EventEmitter {
  open(deviceId: string): void;
  print(job: LabelJob): void;
  close(): void;
}

const DEFAULT_PROFILE: PrinterProfile = { deviceId: 'unknown', mediaWidthMm: 50, dpi: 203, supportsArchivalInk: false };

export function wrap(text: string, maxChars: number): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export class LabelPrinter {
  private profile?: PrinterProfile;

  constructor(private readonly session: PrinterSession) {}

  layout(specimen: Specimen, profile: PrinterProfile): LabelJob {
    const charsPerLine = Math.floor(profile.mediaWidthMm / 2.1);
    const lines = [
      ...wrap(specimen.commonName.toUpperCase(), charsPerLine),
      ...wrap(specimen.scientificName, charsPerLine),
      `${specimen.catalogueNo} · prep. ${specimen.preparator}, ${specimen.year}`,
    ];
    if (specimen.donor) lines.push(...wrap(`Donated by ${specimen.donor}`, charsPerLine));
    return {
      catalogueNo: specimen.catalogueNo,
      widthDots: Math.round((profile.mediaWidthMm / 25.4) * profile.dpi),
      lines,
      archival: profile.supportsArchivalInk,
    };
  }

  printBatch(deviceId: string, specimens: Specimen[]): LabelJob[] {
    this.session.once('profile', (profile: PrinterProfile) => {
      this.profile = profile;
    });
    this.session.open(deviceId);

    const profile = this.profile ?? { ...DEFAULT_PROFILE, deviceId };
    const jobs = specimens
      .slice()
      .sort((a, b) => a.catalogueNo.localeCompare(b.catalogueNo))
      .map((s) => this.layout(s, profile));
    for (const job of jobs) this.session.print(job);
    this.session.close();
    return jobs;
  }
}
