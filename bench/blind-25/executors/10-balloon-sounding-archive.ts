// expect: none
// stream.pipeline's callback receives errors from every stage (source, gunzip, parser, sink) and fires once, so the promise settles exactly once.
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline, Transform, type TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';

export interface SoundingLevel {
  pressureHpa: number;
  altitudeM: number;
  tempC: number;
  dewpointC: number;
  windDir: number;
  windKt: number;
}

class RadiosondeFrameParser extends Transform {
  levels = 0;
  private partial = '';

  constructor(private readonly minPressureHpa: number) {
    super({ readableObjectMode: false, writableObjectMode: false });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    const text = this.partial + chunk.toString('ascii');
    const lines = text.split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      const level = this.parseLine(line);
      if (level && level.pressureHpa >= this.minPressureHpa) {
        this.levels++;
        this.push(JSON.stringify(level) + '\n');
      }
    }
    cb();
  }

  override _flush(cb: TransformCallback): void {
    const level = this.parseLine(this.partial);
    if (level) {
      this.levels++;
      this.push(JSON.stringify(level) + '\n');
    }
    cb();
  }

  private parseLine(line: string): SoundingLevel | null {
    const f = line.trim().split(/\s+/).map(Number);
    if (f.length < 6 || f.some(Number.isNaN)) return null;
    const [pressureHpa, altitudeM, tempC, dewpointC, windDir, windKt] = f;
    return { pressureHpa, altitudeM, tempC, dewpointC, windDir, windKt };
  }
}

export function archiveSounding(rawGzPath: string, ndjsonPath: string, minPressureHpa = 10): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const parser = new RadiosondeFrameParser(minPressureHpa);
    pipeline(
      createReadStream(rawGzPath),
      createGunzip(),
      parser,
      createWriteStream(ndjsonPath, { flags: 'w' }),
      (err) => {
        if (err) {
          reject(new Error(`sounding archive failed for ${rawGzPath}: ${err.message}`));
        } else {
          resolve(parser.levels);
        }
      },
    );
  });
}

export async function archiveLaunches(launches: Array<{ raw: string; out: string }>): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const launch of launches) {
    counts.set(launch.out, await archiveSounding(launch.raw, launch.out));
  }
  return counts;
}
