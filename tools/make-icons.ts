import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

// Draws the toolbar icon (a rounded square with a chain of three linked dots) at every
// size the stores ask for, anti-aliased by supersampling. Run: npx tsx tools/make-icons.ts

const SIZES = [16, 32, 48, 96, 128];
const SAMPLES = 4;

type Rgba = [number, number, number, number];

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The shape in unit coordinates (0..1): background colour, or white for the chain, or null. */
function shade(u: number, v: number): Rgba | null {
  const r = 0.2;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  const white: Rgba = [255, 255, 255, 255];
  const dots = [
    [0.3, 0.27],
    [0.5, 0.5],
    [0.7, 0.73],
  ];
  for (const [cx, cy] of dots) if ((u - cx!) ** 2 + (v - cy!) ** 2 < 0.115 ** 2) return white;
  // the line through the dots
  const d = Math.abs((v - 0.27) * 0.4 - (u - 0.3) * 0.46) / Math.hypot(0.4, 0.46);
  if (d < 0.045 && u > 0.28 && u < 0.72) return white;
  const t = (u + v) / 2;
  return [Math.round(0x2f + (0x14 - 0x2f) * t), Math.round(0x6f + (0xa3 - 0x6f) * t), Math.round(0xde + (0x9a - 0xde) * t), 255];
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  const image = png(size, (x, y) => {
    const acc = [0, 0, 0, 0];
    for (let i = 0; i < SAMPLES; i++)
      for (let j = 0; j < SAMPLES; j++) {
        const c = shade((x + (i + 0.5) / SAMPLES) / size, (y + (j + 0.5) / SAMPLES) / size);
        if (!c) continue;
        for (let k = 0; k < 3; k++) acc[k]! += c[k]! * c[3];
        acc[3]! += c[3];
      }
    const alpha = acc[3]! / (SAMPLES * SAMPLES);
    if (acc[3] === 0) return [0, 0, 0, 0];
    return [acc[0]! / acc[3]!, acc[1]! / acc[3]!, acc[2]! / acc[3]!, alpha].map(Math.round) as Rgba;
  });
  writeFileSync(`public/icon/${size}.png`, image);
}
console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);
