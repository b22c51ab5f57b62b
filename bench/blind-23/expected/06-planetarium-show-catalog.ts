// expect: none
// The catalog promise is cached deliberately and awaited by many callers for the same value; a rejected load clears the cache so the next request calls loadCatalog again.
import { readFile, stat } from 'node:fs/promises';

export interface ShowListing {
  code: string;
  title: string;
  durationMin: number;
  domeMode: 'fulldome' | 'starfield' | 'laser';
  ageRating: 'all' | '8+' | '12+';
}

export interface Screening {
  showCode: string;
  startsAt: string;
  seatsLeft: number;
}

declare const boxOffice: {
  screeningsForDay(day: string): Promise<Screening[]>;
};

export class ShowCatalog {
  private catalog: Promise<Map<string, ShowListing>> | null = null;
  private loadedMtime = 0;

  constructor(private readonly catalogPath: string) {}

  private async loadCatalog(): Promise<Map<string, ShowListing>> {
    const { mtimeMs } = await stat(this.catalogPath);
    const listings = JSON.parse(await readFile(this.catalogPath, 'utf8')) as ShowListing[];
    this.loadedMtime = mtimeMs;
    return new Map(listings.map((l) => [l.code, l]));
  }

  private listings(): Promise<Map<string, ShowListing>> {
    if (!this.catalog) {
      const pending = this.loadCatalog();
      this.catalog = pending;
      pending.catch(() => {
        if (this.catalog === pending) this.catalog = null;
      });
    }
    return this.catalog;
  }

  async refreshIfChanged(): Promise<boolean> {
    const { mtimeMs } = await stat(this.catalogPath);
    if (mtimeMs <= this.loadedMtime) return false;
    this.catalog = null;
    await this.listings();
    return true;
  }

  async show(code: string): Promise<ShowListing | undefined> {
    return (await this.listings()).get(code);
  }

  async programmeFor(day: string, maxAge?: number): Promise<Array<ShowListing & Screening>> {
    const [catalog, screenings] = await Promise.all([this.listings(), boxOffice.screeningsForDay(day)]);

    return screenings
      .filter((s) => s.seatsLeft > 0)
      .flatMap((s) => {
        const listing = catalog.get(s.showCode);
        if (!listing) return [];
        if (maxAge !== undefined && listing.ageRating !== 'all' && parseInt(listing.ageRating, 10) > maxAge) {
          return [];
        }
        return [{ ...listing, ...s }];
      })
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }

  async totalRuntime(codes: string[]): Promise<number> {
    const catalog = await this.listings();
    return codes.reduce((sum, code) => sum + (catalog.get(code)?.durationMin ?? 0), 0);
  }
}
