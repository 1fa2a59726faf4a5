import java.util.SplittableRandom;

/**
 * M/M/1 as a bare Java event loop: a binary heap over two primitive arrays (time, kind), an
 * array ring buffer for the line and exponential variates by inversion. No framework, no engine,
 * nothing the platform's simulator does beyond the model: the floor a Java event loop can reach,
 * the peer of `openv2v simulate queue` on the same model (N arrivals, the first WARMUP not
 * measured). Prints one JSON line.
 *
 * <p>usage: java BareMm1.java [N] [LAMBDA] [MU] [WARMUP] [SEED]
 */
public class BareMm1 {

  private static double[] times = new double[64];
  private static int[] kinds = new int[64];
  private static int size;

  static void push(double time, int kind) {
    if (size == times.length) {
      times = java.util.Arrays.copyOf(times, size * 2);
      kinds = java.util.Arrays.copyOf(kinds, size * 2);
    }
    int hole = size++;
    while (hole > 0) {
      int parent = (hole - 1) >>> 1;
      if (times[parent] <= time) {
        break;
      }
      times[hole] = times[parent];
      kinds[hole] = kinds[parent];
      hole = parent;
    }
    times[hole] = time;
    kinds[hole] = kind;
  }

  /** Removes the earliest event; its time and kind are at index 0 before the call. */
  static void pop() {
    int last = --size;
    double time = times[last];
    int kind = kinds[last];
    int hole = 0;
    while (true) {
      int child = 2 * hole + 1;
      if (child >= last) {
        break;
      }
      if (child + 1 < last && times[child + 1] < times[child]) {
        child++;
      }
      if (time <= times[child]) {
        break;
      }
      times[hole] = times[child];
      kinds[hole] = kinds[child];
      hole = child;
    }
    times[hole] = time;
    kinds[hole] = kind;
  }

  public static void main(String[] args) {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    double lambda = args.length > 1 ? Double.parseDouble(args[1]) : 0.9;
    double mu = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
    long warmup = args.length > 3 ? Long.parseLong(args[3]) : 100_000L;
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 1L;
    long started = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed);
    double[] line = new double[1 << 10];
    long[] numbers = new long[1 << 10];
    int head = 0;
    int waiting = 0;
    boolean busy = false;
    long arrived = 0;
    double waitSum = 0;
    long measured = 0;
    push(-Math.log(1 - random.nextDouble()) / lambda, 0);
    while (size > 0) {
      double now = times[0];
      int kind = kinds[0];
      pop();
      if (kind == 0) {
        long number = arrived++;
        if (arrived < n) {
          push(now - Math.log(1 - random.nextDouble()) / lambda, 0);
        }
        if (busy) {
          if (waiting == line.length) {
            double[] l = new double[line.length * 2];
            long[] m = new long[line.length * 2];
            for (int i = 0; i < waiting; i++) {
              l[i] = line[(head + i) & (line.length - 1)];
              m[i] = numbers[(head + i) & (line.length - 1)];
            }
            line = l;
            numbers = m;
            head = 0;
          }
          int at = (head + waiting++) & (line.length - 1);
          line[at] = now;
          numbers[at] = number;
        } else {
          busy = true;
          if (number >= warmup) {
            measured++;
          }
          push(now - Math.log(1 - random.nextDouble()) / mu, 1);
        }
      } else if (waiting == 0) {
        busy = false;
      } else {
        double arrivedAt = line[head];
        long number = numbers[head];
        head = (head + 1) & (line.length - 1);
        waiting--;
        if (number >= warmup) {
          waitSum += now - arrivedAt;
          measured++;
        }
        push(now - Math.log(1 - random.nextDouble()) / mu, 1);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "{\"tool\": \"bare Java loop\", \"customers\": %d, \"meanWait\": %.6f,"
            + " \"simulationSeconds\": %.3f}%n",
        n, waitSum / Math.max(1, measured), seconds);
  }
}
