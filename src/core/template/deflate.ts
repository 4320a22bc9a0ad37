// Raw DEFLATE (RFC 1951) tuned for rendered WordprocessingML: greedy LZ77 with a short hash chain that
// skips hashing inside long matches (table rows repeat), dynamic Huffman blocks, stored blocks when smaller.

const lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const distBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const distExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

const lengthCode = new Uint8Array(259);
for (let c = 0; c < 29; c++) {
  const top = c === 28 ? 259 : (lengthBase[c + 1] as number);
  for (let l = lengthBase[c] as number; l < top; l++) lengthCode[l] = c;
}
lengthCode[258] = 28;
const distCode = new Uint8Array(32769);
for (let c = 0; c < 30; c++) {
  const top = c === 29 ? 32769 : (distBase[c + 1] as number);
  for (let d = distBase[c] as number; d < top; d++) distCode[d] = c;
}

const windowSize = 32768;
const windowMask = windowSize - 1;
const hashBits = 15;
const maxChain = 16;
const niceLength = 128;
const insertLimit = 32;
const blockSymbols = 16384;

const head = new Int32Array(1 << hashBits);
const prev = new Int32Array(windowSize);
const syms = new Uint32Array(blockSymbols);
const litFreq = new Uint32Array(286);
const distFreq = new Uint32Array(30);

class BitWriter {
  buf: Uint8Array;
  pos = 0;
  private bits = 0;
  private count = 0;

  constructor(size: number) {
    this.buf = new Uint8Array(size);
  }

  ensure(extra: number): void {
    if (this.pos + extra <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + extra));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  write(value: number, n: number): void {
    this.bits |= value << this.count;
    this.count += n;
    while (this.count >= 8) {
      this.buf[this.pos++] = this.bits & 0xff;
      this.bits >>>= 8;
      this.count -= 8;
    }
  }

  align(): void {
    if (this.count > 0) this.buf[this.pos++] = this.bits & 0xff;
    this.bits = 0;
    this.count = 0;
  }
}

/** Code lengths (≤ maxBits) of a complete prefix code for the used symbols. */
function codeLengths(freq: Uint32Array, n: number, maxBits: number): Uint8Array {
  const lengths = new Uint8Array(n);
  const used: number[] = [];
  for (let s = 0; s < n; s++) if ((freq[s] as number) > 0) used.push(s);
  if (used.length === 0) used.push(0);
  if (used.length === 1) used.push(used[0] === 0 ? 1 : 0);
  used.sort((a, b) => (freq[a] as number) - (freq[b] as number) || a - b);
  const m = used.length;
  // two-queue Huffman: leaves sorted by weight, internal nodes created in non-decreasing weight order
  const weight = new Float64Array(2 * m);
  const parent = new Int32Array(2 * m);
  for (let i = 0; i < m; i++) weight[i] = Math.max(1, freq[used[i] as number] as number);
  let leaf = 0;
  let node = m;
  let next = m;
  const take = (): number => (leaf < m && (node >= next || (weight[leaf] as number) <= (weight[node] as number)) ? leaf++ : node++);
  while (next < 2 * m - 1) {
    const a = take();
    const b = take();
    weight[next] = (weight[a] as number) + (weight[b] as number);
    parent[a] = next;
    parent[b] = next;
    next++;
  }
  const depth = new Int32Array(2 * m);
  for (let i = 2 * m - 3; i >= 0; i--) depth[i] = (depth[parent[i] as number] as number) + 1;
  // limit to maxBits, then make the code complete again (Kraft sum exactly 1)
  const target = 1 << maxBits;
  let kraft = 0;
  const len = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    len[i] = Math.min(depth[i] as number, maxBits);
    kraft += 1 << (maxBits - (len[i] as number));
  }
  while (kraft > target) {
    // lengthen the rarest symbol that can still grow
    for (let i = 0; i < m; i++) {
      if ((len[i] as number) < maxBits) {
        kraft -= 1 << (maxBits - (len[i] as number) - 1);
        len[i] = (len[i] as number) + 1;
        break;
      }
    }
  }
  while (kraft < target) {
    // shorten the most frequent symbol among the longest that fit
    let pick = -1;
    for (let i = m - 1; i >= 0; i--) {
      const l = len[i] as number;
      if (l > 1 && kraft + (1 << (maxBits - l)) <= target && (pick === -1 || l > (len[pick] as number))) pick = i;
    }
    if (pick === -1) break;
    kraft += 1 << (maxBits - (len[pick] as number));
    len[pick] = (len[pick] as number) - 1;
  }
  for (let i = 0; i < m; i++) lengths[used[i] as number] = len[i] as number;
  return lengths;
}

/** Canonical codes, bit-reversed for LSB-first output. */
function codes(lengths: Uint8Array): Uint16Array {
  const count = new Uint16Array(16);
  for (const l of lengths) count[l] = (count[l] as number) + 1;
  count[0] = 0;
  const nextCode = new Uint16Array(16);
  let code = 0;
  for (let b = 1; b < 16; b++) {
    code = (code + (count[b - 1] as number)) << 1;
    nextCode[b] = code;
  }
  const out = new Uint16Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) {
    const l = lengths[s] as number;
    if (!l) continue;
    let c = nextCode[l] as number;
    nextCode[l] = c + 1;
    let r = 0;
    for (let k = 0; k < l; k++) {
      r = (r << 1) | (c & 1);
      c >>= 1;
    }
    out[s] = r;
  }
  return out;
}

function writeStored(w: BitWriter, data: Uint8Array, start: number, end: number, final: boolean): void {
  for (let p = start; p < end || p === start; ) {
    const size = Math.min(65535, end - p);
    const last = final && p + size >= end;
    w.ensure(size + 8);
    w.write(last ? 1 : 0, 3);
    w.align();
    w.buf[w.pos++] = size & 0xff;
    w.buf[w.pos++] = size >>> 8;
    w.buf[w.pos++] = ~size & 0xff;
    w.buf[w.pos++] = (~size >>> 8) & 0xff;
    w.buf.set(data.subarray(p, p + size), w.pos);
    w.pos += size;
    p += size;
    if (size === 0) break;
  }
}

function writeBlock(w: BitWriter, data: Uint8Array, count: number, start: number, end: number, final: boolean): void {
  litFreq[256] = 1;
  const litLengths = codeLengths(litFreq, 286, 15);
  const distLengths = codeLengths(distFreq, 30, 15);
  let hlit = 286;
  while (hlit > 257 && litLengths[hlit - 1] === 0) hlit--;
  let hdist = 30;
  while (hdist > 1 && distLengths[hdist - 1] === 0) hdist--;
  // run-length code the two length tables together
  const all = new Uint8Array(hlit + hdist);
  all.set(litLengths.subarray(0, hlit));
  all.set(distLengths.subarray(0, hdist), hlit);
  const rle: number[] = [];
  const clFreq = new Uint32Array(19);
  for (let i = 0; i < all.length; ) {
    const v = all[i] as number;
    let run = 1;
    while (i + run < all.length && all[i + run] === v) run++;
    i += run;
    if (v === 0) {
      while (run >= 11) {
        const r = Math.min(run, 138);
        rle.push(18, r - 11);
        clFreq[18] = (clFreq[18] as number) + 1;
        run -= r;
      }
      if (run >= 3) {
        rle.push(17, run - 3);
        clFreq[17] = (clFreq[17] as number) + 1;
        run = 0;
      }
    } else {
      rle.push(v, 0);
      clFreq[v] = (clFreq[v] as number) + 1;
      run--;
      while (run >= 3) {
        const r = Math.min(run, 6);
        rle.push(16, r - 3);
        clFreq[16] = (clFreq[16] as number) + 1;
        run -= r;
      }
    }
    for (; run > 0; run--) {
      rle.push(v, 0);
      clFreq[v] = (clFreq[v] as number) + 1;
    }
  }
  const clLengths = codeLengths(clFreq, 19, 7);
  const clCodes = codes(clLengths);
  let hclen = 19;
  while (hclen > 4 && clLengths[codeLengthOrder[hclen - 1] as number] === 0) hclen--;

  let bits = 3 + 14 + 3 * hclen;
  for (let i = 0; i < rle.length; i += 2) {
    const s = rle[i] as number;
    bits += (clLengths[s] as number) + (s === 16 ? 2 : s === 17 ? 3 : s === 18 ? 7 : 0);
  }
  for (let s = 0; s < 286; s++) bits += (litFreq[s] as number) * ((litLengths[s] as number) + (s > 256 ? (lengthExtra[s - 257] as number) : 0));
  for (let s = 0; s < 30; s++) bits += (distFreq[s] as number) * ((distLengths[s] as number) + (distExtra[s] as number));
  if (bits >> 3 > end - start + 5 * (1 + ((end - start) >> 16))) {
    writeStored(w, data, start, end, final);
    return;
  }
  w.ensure((bits >> 3) + 16);
  w.write(final ? 1 : 0, 1);
  w.write(2, 2);
  w.write(hlit - 257, 5);
  w.write(hdist - 1, 5);
  w.write(hclen - 4, 4);
  for (let i = 0; i < hclen; i++) w.write(clLengths[codeLengthOrder[i] as number] as number, 3);
  for (let i = 0; i < rle.length; i += 2) {
    const s = rle[i] as number;
    w.write(clCodes[s] as number, clLengths[s] as number);
    if (s === 16) w.write(rle[i + 1] as number, 2);
    else if (s === 17) w.write(rle[i + 1] as number, 3);
    else if (s === 18) w.write(rle[i + 1] as number, 7);
  }
  const litCodes = codes(litLengths);
  const distCodes = codes(distLengths);
  for (let k = 0; k < count; k++) {
    const v = syms[k] as number;
    const dist = v & 0xffff;
    if (dist === 0) {
      w.write(litCodes[v >>> 16] as number, litLengths[v >>> 16] as number);
      continue;
    }
    const length = v >>> 16;
    const lc = lengthCode[length] as number;
    w.write(litCodes[257 + lc] as number, litLengths[257 + lc] as number);
    const le = lengthExtra[lc] as number;
    if (le) w.write(length - (lengthBase[lc] as number), le);
    const dc = distCode[dist] as number;
    w.write(distCodes[dc] as number, distLengths[dc] as number);
    const de = distExtra[dc] as number;
    if (de) w.write(dist - (distBase[dc] as number), de);
  }
  w.write(litCodes[256] as number, litLengths[256] as number);
}

/** Compresses `data` as raw DEFLATE (no zlib or gzip wrapper), as ZIP method 8 stores it. */
export function deflateRaw(data: Uint8Array): Uint8Array {
  const n = data.length;
  const w = new BitWriter(Math.max(1024, (n >> 2) + 1024));
  head.fill(-1);
  litFreq.fill(0);
  distFreq.fill(0);
  let count = 0;
  let blockStart = 0;
  const shift = 32 - hashBits;
  const hashAt = (i: number): number =>
    Math.imul((data[i] as number) | ((data[i + 1] as number) << 8) | ((data[i + 2] as number) << 16), 0x9e3779b1) >>> shift;
  const insert = (i: number): void => {
    const h = hashAt(i);
    prev[i & windowMask] = head[h] as number;
    head[h] = i;
  };
  let i = 0;
  while (i < n) {
    let best = 0;
    let bestDist = 0;
    if (i + 2 < n) {
      const h = hashAt(i);
      let candidate = head[h] as number;
      prev[i & windowMask] = candidate;
      head[h] = i;
      const max = Math.min(258, n - i);
      let chain = maxChain;
      while (candidate >= 0 && i - candidate <= windowSize && chain-- > 0) {
        if (data[candidate + best] === data[i + best] && data[candidate] === data[i]) {
          let l = 0;
          while (l < max && data[candidate + l] === data[i + l]) l++;
          if (l > best) {
            best = l;
            bestDist = i - candidate;
            if (l >= niceLength) break;
          }
        }
        const older = prev[candidate & windowMask] as number;
        if (older >= candidate) break;
        candidate = older;
      }
    }
    if (best >= 3) {
      syms[count++] = (best << 16) | bestDist;
      litFreq[257 + (lengthCode[best] as number)] = (litFreq[257 + (lengthCode[best] as number)] as number) + 1;
      distFreq[distCode[bestDist] as number] = (distFreq[distCode[bestDist] as number] as number) + 1;
      const end = i + best;
      if (best <= insertLimit) for (let j = i + 1; j < end && j + 2 < n; j++) insert(j);
      else if (end - 1 + 2 < n) insert(end - 1);
      i = end;
    } else {
      const byte = data[i] as number;
      syms[count++] = byte << 16;
      litFreq[byte] = (litFreq[byte] as number) + 1;
      i++;
    }
    if (count === blockSymbols) {
      writeBlock(w, data, count, blockStart, i, i >= n);
      if (i >= n) {
        w.align();
        return w.buf.slice(0, w.pos);
      }
      count = 0;
      blockStart = i;
      litFreq.fill(0);
      distFreq.fill(0);
    }
  }
  writeBlock(w, data, count, blockStart, n, true);
  w.align();
  return w.buf.slice(0, w.pos);
}
