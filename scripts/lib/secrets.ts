/**
 * Looks for secrets in everything a run leaves behind: reports, attachments, logs, and inside
 * the zip archives among them (traces, and the data the HTML report embeds as base64 zip).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** Entries of a zip archive (stored or deflated), read from its central directory. */
export function unzip(buffer: Buffer): { name: string; data: Buffer }[] {
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) return [];
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const entries: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(dataStart, dataStart + compressedSize);
    entries.push({ name, data: method === 8 ? inflateRawSync(raw) : raw });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function* texts(path: string, bytes: Buffer): Generator<{ where: string; text: string }> {
  yield { where: path, text: bytes.toString('utf8') };
  if (bytes.subarray(0, 2).toString() === 'PK') {
    for (const e of unzip(bytes)) yield* texts(`${path}!${e.name}`, e.data);
  }
  // The HTML report embeds its data as a base64 zip inside index.html.
  const embedded = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/.exec(bytes.toString('latin1'));
  if (embedded?.[1]) yield* texts(`${path}!embedded`, Buffer.from(embedded[1], 'base64'));
}

function files(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Every place under `dirs` (and the given extra texts) where one of `secrets` appears. */
export function findSecrets(dirs: string[], secrets: string[], extra: Record<string, string> = {}): string[] {
  const found: string[] = [];
  const scan = (where: string, text: string) => {
    for (const s of secrets) if (s && text.includes(s)) found.push(`${where} holds a password`);
  };
  for (const [where, text] of Object.entries(extra)) scan(where, text);
  let scanned = 0;
  for (const dir of dirs)
    for (const file of files(dir)) {
      scanned++;
      for (const t of texts(file, readFileSync(file))) scan(t.where, t.text);
    }
  if (scanned === 0) found.push(`nothing to scan under ${dirs.join(', ')}: the check would prove nothing`);
  return found;
}
