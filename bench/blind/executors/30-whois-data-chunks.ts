// expect: no-multiple-settle
// The reply is taken from an on('data') listener that resolves for every chunk, so a WHOIS answer split over several chunks resolves with a partial first chunk and then calls resolve again for each later one.
import { connect } from 'node:net';

export interface WhoisRecord {
  domain: string;
  registrar?: string;
  expires?: string;
  raw: string;
}

function parseWhois(domain: string, raw: string): WhoisRecord {
  const field = (name: string) => new RegExp(`^\\s*${name}:\\s*(.+)$`, 'mi').exec(raw)?.[1]?.trim();
  return { domain, registrar: field('Registrar'), expires: field('Registry Expiry Date'), raw };
}

export function whois(domain: string, server = 'whois.verisign-grs.com'): Promise<WhoisRecord> {
  return new Promise<WhoisRecord>((resolve, reject) => {
    const socket = connect(43, server, () => {
      socket.write(`${domain}\r\n`);
    });
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      resolve(parseWhois(domain, chunk));
    });
    socket.on('error', reject);
  });
}

export async function expiryOf(domain: string): Promise<Date | null> {
  const record = await whois(domain);
  return record.expires ? new Date(record.expires) : null;
}
