// expect: none
// Every async lookup is awaited before its value is interpolated, compared or defaulted with ??, so the printed ticket carries real tare, haulier and suspension data rather than promise objects.
export interface Haulier {
  id: string;
  name: string;
  accountNo: string;
}

export interface YardServices {
  tareKg(plate: string): Promise<number>;
  haulierFor(plate: string): Promise<Haulier | undefined>;
  isSuspended(accountNo: string): Promise<boolean>;
  grossKg(): Promise<number>;
}

export interface Printer {
  print(text: string): Promise<void>;
}

function pad(label: string, value: string): string {
  return `${label.padEnd(14, '.')} ${value}`;
}

export class TicketPrinter {
  private serial = 1000;

  constructor(private readonly yard: YardServices, private readonly printer: Printer) {}

  async printTicket(plate: string, material: string): Promise<string> {
    const haulier = (await this.yard.haulierFor(plate)) ?? { id: 'cash', name: 'CASH SALE', accountNo: '-' };
    if (haulier.id !== 'cash' && (await this.yard.isSuspended(haulier.accountNo))) {
      throw new Error(`account ${haulier.accountNo} (${haulier.name}) is suspended`);
    }

    const [tare, gross] = await Promise.all([this.yard.tareKg(plate), this.yard.grossKg()]);
    const net = gross - tare;
    if (net <= 0) throw new Error(`net weight for ${plate} is ${net} kg`);

    const ticketNo = `WB-${++this.serial}`;
    const text = [
      `SCRAP WEIGHBRIDGE TICKET ${ticketNo}`,
      pad('Date', new Date().toLocaleString('en-GB')),
      pad('Vehicle', plate.toUpperCase()),
      pad('Haulier', `${haulier.name} [${haulier.accountNo}]`),
      pad('Material', material),
      pad('Gross', `${gross.toLocaleString('en-GB')} kg`),
      pad('Tare', `${tare.toLocaleString('en-GB')} kg`),
      pad('Net', `${net.toLocaleString('en-GB')} kg`),
      '',
      'Driver signature: ____________________',
    ].join('\n');

    await this.printer.print(text);
    return ticketNo;
  }
}
