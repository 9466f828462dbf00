import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/**
 * Listening by analysis, in Node, on what `salvage.soundRecord()` recorded: short-time spectra,
 * loudness, band energy, a harmonic pitch track, and spectrogram images to look at.
 */

export const FRAME = 4096;
export const HOP = 1024;

/** In-place radix-2 FFT of (re, im); length a power of two. */
function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i += 1) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j]!, re[i]!];
      [im[i], im[j]] = [im[j]!, im[i]!];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const angle = (-2 * Math.PI) / len;
    for (let i = 0; i < n; i += len) {
      for (let k = 0; k < len / 2; k += 1) {
        const wr = Math.cos(angle * k);
        const wi = Math.sin(angle * k);
        const a = i + k;
        const b = a + len / 2;
        const tr = re[b]! * wr - im[b]! * wi;
        const ti = re[b]! * wi + im[b]! * wr;
        re[b] = re[a]! - tr;
        im[b] = im[a]! - ti;
        re[a] = re[a]! + tr;
        im[a] = im[a]! + ti;
      }
    }
  }
}

/** Magnitude spectra in dB (full-scale sine about 0 dB), one per hop, Hann-windowed. */
export function spectrogram(samples: ArrayLike<number>): number[][] {
  const frames: number[][] = [];
  const window = Float64Array.from({ length: FRAME }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / FRAME));
  for (let start = 0; start + FRAME <= samples.length; start += HOP) {
    const re = new Float64Array(FRAME);
    const im = new Float64Array(FRAME);
    for (let i = 0; i < FRAME; i += 1) re[i] = samples[start + i]! * window[i]!;
    fft(re, im);
    const db: number[] = [];
    for (let k = 0; k < FRAME / 2; k += 1) db.push(20 * Math.log10(Math.hypot(re[k]!, im[k]!) / (FRAME / 4) + 1e-12));
    frames.push(db);
  }
  return frames;
}

export function rmsDb(samples: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < samples.length; i += 1) sum += samples[i]! * samples[i]!;
  return 10 * Math.log10(sum / samples.length + 1e-20);
}

export function peak(samples: ArrayLike<number>): number {
  let p = 0;
  for (let i = 0; i < samples.length; i += 1) p = Math.max(p, Math.abs(samples[i]!));
  return p;
}

/** Share of the recording's power above `hz`. */
export function shareAbove(frames: number[][], sampleRate: number, hz: number): number {
  const cut = Math.round((hz / sampleRate) * FRAME);
  let above = 0;
  let total = 0;
  for (const f of frames)
    f.forEach((db, k) => {
      const p = 10 ** (db / 10);
      total += p;
      if (k >= cut) above += p;
    });
  return above / total;
}

/** Mean power between two frequencies over all frames, dB. */
export function bandDb(frames: number[][], sampleRate: number, fromHz: number, toHz: number): number {
  const from = Math.round((fromHz / sampleRate) * FRAME);
  const to = Math.round((toHz / sampleRate) * FRAME);
  let sum = 0;
  let n = 0;
  for (const f of frames) {
    for (let k = from; k <= to; k += 1) {
      sum += 10 ** (f[k]! / 10);
      n += 1;
    }
  }
  return 10 * Math.log10(sum / n);
}

/**
 * The clearest harmonic series in a frame: for each candidate pitch, how far its first harmonics
 * (up to 1 kHz) stand above the spectrum around them, in dB. Noise scores low; a voice high.
 */
export function harmonicPitch(db: number[], sampleRate: number, from = 100, to = 900): { f0: number; salience: number } {
  const binHz = sampleRate / FRAME;
  // Whiten: each bin against the mean of its neighbourhood (about ±120 Hz).
  const reach = Math.round(120 / binHz);
  const white = db.map((v, k) => {
    let sum = 0;
    let n = 0;
    for (let j = Math.max(0, k - reach); j <= Math.min(db.length - 1, k + reach); j += 1) {
      sum += db[j]!;
      n += 1;
    }
    return v - sum / n;
  });
  let best = { f0: 0, salience: -Infinity };
  for (let f0 = from; f0 <= to; f0 += 2) {
    let score = 0;
    let count = 0;
    for (let h = 1; h * f0 <= Math.max(1000, f0 * 2); h += 1) {
      const k = Math.round((h * f0) / binHz);
      score += Math.max(white[k - 1] ?? -99, white[k]!, white[k + 1] ?? -99);
      count += 1;
    }
    // At least two harmonics, so a lone tone or its octave does not pass for a voice.
    if (count >= 2 && score / count > best.salience) best = { f0, salience: score / count };
  }
  return best;
}

/** Writes a spectrogram (0 to maxHz, -100 to -20 dB) as a PNG to look at. */
export function writeSpectrogramPng(path: string, frames: number[][], sampleRate: number, maxHz = 8000): void {
  const height = 300;
  const width = frames.length;
  const bins = Math.round((maxHz / sampleRate) * FRAME);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 3 + 1)] = 0;
    const k = Math.floor(((height - 1 - y) / height) * bins);
    for (let x = 0; x < width; x += 1) {
      const v = Math.max(0, Math.min(1, (frames[x]![k]! + 100) / 80));
      const o = y * (width * 3 + 1) + 1 + x * 3;
      raw[o] = Math.round(255 * Math.min(1, v * 1.6));
      raw[o + 1] = Math.round(255 * Math.max(0, v * 1.6 - 0.6));
      raw[o + 2] = Math.round(255 * (v < 0.4 ? v * 1.5 : Math.max(0, 1.8 - v * 2)));
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  writeFileSync(path, Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}
