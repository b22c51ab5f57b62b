// expect: none
// Every promise is awaited before it is used as data: the quote in the nested record, the stock comparison with ===, the value handed to the unknown-typed audit logger and the object passed to JSON.stringify all hold resolved values.
import { appendFile } from 'node:fs/promises';

export interface CommissionRequest {
  customer: string;
  item: 'gate' | 'railing' | 'candle-stand' | 'fireplace-set';
  lengthCm: number;
  finish: 'black-wax' | 'galvanised' | 'raw';
}

export interface Quote {
  hours: number;
  steelKg: number;
  totalPence: number;
}

export interface Estimator {
  quote(req: CommissionRequest): Promise<Quote>;
}

export interface SteelStock {
  availableKg(grade: string): Promise<number>;
}

export interface AuditLogger {
  info(event: string, detail: unknown): void;
}

export interface CommissionRecord {
  request: CommissionRequest;
  quote: Quote;
  stockReserved: boolean;
  acceptedAt: string;
}

export class CommissionDesk {
  constructor(
    private readonly estimator: Estimator,
    private readonly stock: SteelStock,
    private readonly audit: AuditLogger,
    private readonly ledgerFile: string,
  ) {}

  async accept(request: CommissionRequest): Promise<CommissionRecord> {
    const record: CommissionRecord = {
      request,
      quote: await this.estimator.quote(request),
      stockReserved: false,
      acceptedAt: new Date().toISOString(),
    };

    const onHand = await this.stock.availableKg('S275');
    record.stockReserved = onHand >= record.quote.steelKg;
    if (onHand === 0) this.audit.info('stock.empty', { grade: 'S275', customer: request.customer });

    this.audit.info('commission.accepted', await this.summarise(record));
    await appendFile(this.ledgerFile, `${JSON.stringify(record)}\n`, 'utf8');
    return record;
  }

  private async summarise(record: CommissionRecord): Promise<string> {
    const pounds = (record.quote.totalPence / 100).toFixed(2);
    const remaining = await this.stock.availableKg('S275');
    return `${record.request.customer}: ${record.request.item} ${record.request.lengthCm}cm, £${pounds}, steel left ${remaining}kg`;
  }
}
