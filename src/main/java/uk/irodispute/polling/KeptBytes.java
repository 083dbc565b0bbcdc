package uk.irodispute.polling;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bytes of an answer as a streaming parser reads them, keeping the page without its poison
 * notes. A note is cut out from its first byte to its last; what the parser read ahead past its end
 * is kept from a small window. A note that grows past its limit is dropped as it is read, so that a
 * note of any size is never held: only its limit is.
 */
final class KeptBytes extends InputStream {

  /** More than a parser reads ahead (Jackson reads 8,000 bytes at a time). */
  private static final int WINDOW = 64 * 1024;

  private final InputStream in;
  private final long mostNoteBytes;
  private final long mostPageBytes;
  private final byte[] window = new byte[WINDOW];
  private byte[] kept = new byte[8192];
  private int keptLength;
  private long read;
  private long noteStart = -1;
  private boolean dropping;
  private boolean overflowed;

  /**
   * @param mostNoteBytes the largest note kept
   * @param mostPageBytes the most kept of a page: past it, and what a parser reads ahead, the page
   *     is refused as it is read
   */
  KeptBytes(InputStream in, long mostNoteBytes, long mostPageBytes) {
    this.in = in;
    this.mostNoteBytes = mostNoteBytes;
    this.mostPageBytes = mostPageBytes;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n <= 0) {
      return n;
    }
    // The parser asks for more only once it has read all it has: a note still open is at least
    // as long as what was read since it started.
    if (!dropping && noteStart >= 0 && read - noteStart > mostNoteBytes) {
      overflowed = true;
      dropFrom(noteStart);
    }
    for (int i = 0; i < n; i++) {
      window[(int) ((read + i) % WINDOW)] = b[off + i];
    }
    if (!dropping) {
      append(b, off, n);
    }
    read += n;
    if (keptLength > mostPageBytes + WINDOW) {
      throw new PageTooLargeException(mostPageBytes);
    }
    return n;
  }

  /** A note starts at this offset of the answer. */
  void noteStarts(long offset) {
    noteStart = offset;
    overflowed = false;
  }

  /** Whether the note being read has passed its limit (it is being dropped already). */
  boolean overflowed() {
    return overflowed;
  }

  /** The note being read is poison: nothing from its first byte is kept until it ends. */
  void dropNote() {
    if (!dropping) {
      dropFrom(noteStart);
    }
  }

  /**
   * The note ends before this offset: a dropped note's place is taken by the marker given, and what
   * was read after its end is kept again.
   */
  void noteEnds(long end, byte[] marker) {
    if (dropping) {
      append(marker, 0, marker.length);
      for (long at = end; at < read; at++) {
        append(window, (int) (at % WINDOW), 1);
      }
      dropping = false;
    }
    noteStart = -1;
    overflowed = false;
  }

  /**
   * The bytes kept before this offset of the answer: what the parser has read, not what it has read
   * ahead.
   */
  long keptBefore(long offset) {
    return dropping ? keptLength : keptLength - (read - offset);
  }

  /**
   * The bytes between these offsets, just read: from the window, dropped or not. The parser reads
   * ahead at most a few thousand bytes, so what it has just passed is still in the window.
   *
   * @return null when they are no longer in the window
   */
  byte[] recent(long from, long to) {
    if (from < read - WINDOW || to > read || from > to) {
      return null;
    }
    byte[] bytes = new byte[(int) (to - from)];
    for (long at = from; at < to; at++) {
      bytes[(int) (at - from)] = window[(int) (at % WINDOW)];
    }
    return bytes;
  }

  /** How much of the answer was read. */
  long readSoFar() {
    return read;
  }

  byte[] kept() {
    return Arrays.copyOf(kept, keptLength);
  }

  private void dropFrom(long offset) {
    keptLength -= (int) (read - offset);
    dropping = true;
  }

  private void append(byte[] b, int off, int n) {
    if (keptLength + n > kept.length) {
      kept = Arrays.copyOf(kept, Math.max(kept.length * 2, keptLength + n));
    }
    System.arraycopy(b, off, kept, keptLength, n);
    keptLength += n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
