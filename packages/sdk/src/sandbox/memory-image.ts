/**
 * Copies of a WebAssembly module's linear memory, written back before each evaluation: the
 * Wizer/Javy way of starting an interpreter in a state it reached once. QuickJS keeps all its
 * state (allocator, runtime, objects, job queue, interrupt counter) in linear memory, so
 * writing the bytes back puts it exactly where it was.
 */

// TypeScript declares WebAssembly's JavaScript API only in its DOM lib; this is the part used here.
export interface LinearMemory {
  readonly buffer: ArrayBuffer;
}

const PAGE_BYTES = 4096;
const SCAN_BLOCK_BYTES = 64 * 1024;
const ZERO_BLOCK = Buffer.alloc(SCAN_BLOCK_BYTES);
/** Shorter stretches of zeros are copied with the bytes around them. */
const MIN_ZERO_STRETCH_BYTES = 64 * 1024;

/** Bytes to write back at an offset, or a length of zeros. */
type Patch = { offset: number; bytes: Uint8Array; zeros?: undefined } | { offset: number; zeros: number; bytes?: undefined };

export class MemoryImage {
  private constructor(
    /** Everything from here up was zero when the image was taken. */
    readonly top: number,
    private readonly patches: readonly Patch[],
    private readonly base?: MemoryImage,
  ) {}

  /**
   * The memory up to its highest non-zero byte. Most of it is zeros (the C stack below its
   * frames): those stretches are kept as lengths, and zeroed on restore, which is faster than copying.
   */
  static capture(memory: LinearMemory): MemoryImage {
    const top = highestNonZero(memory);
    const bytes = new Uint8Array(memory.buffer, 0, top);
    const patches: Patch[] = [];
    let dataStart = 0;
    for (const zeros of zeroStretches(bytes)) {
      patches.push({ offset: dataStart, bytes: bytes.slice(dataStart, zeros.start) }, { offset: zeros.start, zeros: zeros.end - zeros.start });
      dataStart = zeros.end;
    }
    patches.push({ offset: dataStart, bytes: bytes.slice(dataStart, top) });
    return new MemoryImage(top, patches);
  }

  /**
   * The memory as the pages in which it differs from `base`, so an image costs what loading
   * changed rather than the whole memory. Call it right after `base.restoreExactly`, so that
   * every byte above the highest non-zero one is one the module has not written.
   */
  static captureChanges(memory: LinearMemory, base: MemoryImage): MemoryImage {
    const top = highestNonZero(memory);
    // A Uint8Array, not a Buffer: a Buffer's slice() would share the memory rather than copy it.
    const current = new Uint8Array(memory.buffer, 0, top);
    const patches: { offset: number; bytes: Uint8Array }[] = [];
    for (let offset = 0; offset < top; offset += PAGE_BYTES) {
      const end = Math.min(offset + PAGE_BYTES, top);
      if (base.holdsSame(current.subarray(offset, end), offset)) continue;
      const previous = patches.at(-1);
      if (previous && previous.offset + previous.bytes.length === offset) {
        previous.bytes = current.subarray(previous.offset, end);
      } else {
        patches.push({ offset, bytes: current.subarray(offset, end) });
      }
    }
    return new MemoryImage(top, patches.map(({ offset, bytes }) => ({ offset, bytes: bytes.slice() })), base);
  }

  /**
   * Writes the image back. Memory above `top` keeps what the last evaluation left there: to
   * the allocator restored with the image it is free space, which it hands out only to be
   * written (calloc clears it), so no evaluation can read it.
   */
  restore(memory: LinearMemory): void {
    this.base?.restore(memory);
    const bytes = new Uint8Array(memory.buffer);
    for (const patch of this.patches) {
      if (patch.bytes) bytes.set(patch.bytes, patch.offset);
      else bytes.fill(0, patch.offset, patch.offset + patch.zeros);
    }
  }

  /** Writes the image back and zeroes everything above it: the memory as it was, byte for byte. */
  restoreExactly(memory: LinearMemory): void {
    this.restore(memory);
    new Uint8Array(memory.buffer).fill(0, this.top);
  }

  /** Whether this image, a full one, holds these bytes at this offset. */
  private holdsSame(bytes: Uint8Array, offset: number): boolean {
    if (this.base || offset + bytes.length > this.top) return false;
    const patch = this.patches.findLast((candidate) => candidate.offset <= offset);
    if (!patch || offset + bytes.length > patch.offset + (patch.bytes ? patch.bytes.length : patch.zeros)) return false;
    const held = patch.bytes ? patch.bytes.subarray(offset - patch.offset, offset - patch.offset + bytes.length) : ZERO_BLOCK.subarray(0, bytes.length);
    return Buffer.compare(bytes, held) === 0;
  }
}

/** Page-aligned stretches of at least MIN_ZERO_STRETCH_BYTES zeros, in order. */
function* zeroStretches(bytes: Uint8Array): Generator<{ start: number; end: number }> {
  let start = -1;
  for (let offset = 0; offset + PAGE_BYTES <= bytes.length; offset += PAGE_BYTES) {
    const zero = Buffer.compare(bytes.subarray(offset, offset + PAGE_BYTES), ZERO_BLOCK.subarray(0, PAGE_BYTES)) === 0;
    if (zero && start < 0) start = offset;
    if (!zero && start >= 0) {
      if (offset - start >= MIN_ZERO_STRETCH_BYTES) yield { start, end: offset };
      start = -1;
    }
  }
}

/** The offset just past the highest non-zero byte, found a block at a time with native compares. */
function highestNonZero(memory: LinearMemory): number {
  const bytes = new Uint8Array(memory.buffer);
  let blockEnd = bytes.length;
  while (blockEnd > 0) {
    const blockStart = Math.max(0, blockEnd - SCAN_BLOCK_BYTES);
    const block = bytes.subarray(blockStart, blockEnd);
    if (Buffer.compare(block, ZERO_BLOCK.subarray(0, block.length)) !== 0) {
      let end = blockEnd;
      while (bytes[end - 1] === 0) end -= 1;
      return end;
    }
    blockEnd = blockStart;
  }
  return 0;
}
