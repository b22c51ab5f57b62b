// expect: no-multiple-settle
// On the 304 Not Modified branch the timeout is never cleared, so it fires later and calls reject on a promise that was already resolved with the cached profile.
import { get } from 'node:http';

export interface SnowLayer {
  depthCm: number;
  grainType: string;
  hardness: string;
  temperatureC: number;
}

export interface SnowProfile {
  stationId: string;
  observedAt: string;
  totalDepthCm: number;
  layers: SnowLayer[];
}

export class SnowpackStation {
  private cached: SnowProfile | undefined;
  private etag: string | undefined;

  constructor(
    readonly stationId: string,
    private readonly baseUrl: string,
  ) {}

  fetchProfile(timeoutMs = 8_000): Promise<SnowProfile> {
    const url = `${this.baseUrl}/stations/${encodeURIComponent(this.stationId)}/profile`;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.etag && this.cached) headers['if-none-match'] = this.etag;

    return new Promise<SnowProfile>((resolve, reject) => {
      let timedOut = false;
      let settled = false;
      const fail = (err: Error) => {
        if (timedOut || settled) return;
        settled = true;
        clearTimeout(timer);
        reject(err);
      };

      const req = get(url, { headers }, (res) => {
        if (res.statusCode === 304 && this.cached) {
          res.resume();
          resolve(this.cached);
          return;
        }
        if (res.statusCode !== 200) {
          res.resume();
          fail(new Error(`station ${this.stationId} answered ${res.statusCode}`));
          return;
        }

        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('error', fail);
        res.on('end', () => {
          settled = true;
          clearTimeout(timer);
          try {
            const profile = JSON.parse(body) as SnowProfile;
            this.cached = profile;
            this.etag = res.headers.etag;
            resolve(profile);
          } catch (err) {
            reject(err as Error);
          }
        });
      });

      const timer = setTimeout(() => {
        timedOut = true;
        req.destroy();
        reject(new Error(`station ${this.stationId} timed out after ${timeoutMs} ms`));
      }, timeoutMs);

      req.on('error', fail);
    });
  }

  async weakLayers(): Promise<SnowLayer[]> {
    const profile = await this.fetchProfile();
    return profile.layers.filter((l) => l.grainType === 'SH' || l.grainType === 'DH' || l.grainType === 'FC');
  }
}
