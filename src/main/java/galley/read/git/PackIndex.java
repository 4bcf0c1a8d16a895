package galley.read.git;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.Arrays;
import java.util.Optional;

/** Looks an object up in a git pack index (version 2) and gives its offset in the pack file. */
final class PackIndex {

    private static final int MAGIC = 0xff744f63;

    private PackIndex() {
    }

    /** Reads {@code file} by a few seeks of fixed size (at most 24 bytes each, about 30 of them). */
    static Optional<Long> offsetOf(RandomAccessFile file, byte[] sha) throws IOException {
        if (file.readInt() != MAGIC || file.readInt() != 2) {
            return Optional.empty();
        }
        int first = sha[0] & 0xff;
        file.seek(8 + (first == 0 ? 0 : (first - 1) * 4L));
        int low = first == 0 ? 0 : file.readInt();
        file.seek(8 + first * 4L);
        int high = file.readInt();
        file.seek(8 + 255 * 4L);
        int count = file.readInt();
        long names = 8 + 256 * 4L;
        byte[] name = new byte[20];
        while (low < high) {
            int mid = (low + high) >>> 1;
            file.seek(names + mid * 20L);
            file.readFully(name);
            int order = Arrays.compareUnsigned(name, sha);
            if (order == 0) {
                return Optional.of(offset(file, names, count, mid));
            }
            if (order < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return Optional.empty();
    }

    private static long offset(RandomAccessFile file, long names, int count, int position) throws IOException {
        long offsets = names + count * 20L + count * 4L;
        file.seek(offsets + position * 4L);
        int small = file.readInt();
        if (small >= 0) {
            return small;
        }
        // large packs keep offsets past 2 GiB in a table of 8-byte entries
        file.seek(offsets + count * 4L + (small & 0x7fffffffL) * 8L);
        return file.readLong();
    }
}
