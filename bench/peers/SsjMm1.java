import java.util.ArrayDeque;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.randvar.RandomVariateGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Sim;
import umontreal.ssj.stat.Tally;

/**
 * M/M/1 with SSJ (Université de Montréal, Maven ca.umontreal.iro.simul:ssj), event view, after
 * the QueueEv example of the SSJ guide: the peer of `openv2v simulate queue` on the same model
 * (N arrivals, the first WARMUP not measured). Prints one JSON line.
 *
 * <p>usage: java -cp ssj.jar:. SsjMm1 [N] [LAMBDA] [MU] [WARMUP]
 */
public class SsjMm1 {

  private final RandomVariateGen arrivals;
  private final RandomVariateGen services;
  private final ArrayDeque<double[]> waiting = new ArrayDeque<>();
  private final Tally waits = new Tally("wait in queue");
  private final long customers;
  private final long warmup;
  private long arrived;
  private boolean busy;

  SsjMm1(long customers, double lambda, double mu, long warmup) {
    this.customers = customers;
    this.warmup = warmup;
    this.arrivals = new ExponentialGen(new MRG32k3a(), lambda);
    this.services = new ExponentialGen(new MRG32k3a(), mu);
  }

  final class Arrival extends Event {
    @Override
    public void actions() {
      long number = arrived++;
      if (arrived < customers) {
        new Arrival().schedule(arrivals.nextDouble());
      }
      if (busy) {
        waiting.addLast(new double[] {Sim.time(), number});
      } else {
        busy = true;
        if (number >= warmup) {
          waits.add(0.0);
        }
        new Departure().schedule(services.nextDouble());
      }
    }
  }

  final class Departure extends Event {
    @Override
    public void actions() {
      double[] next = waiting.pollFirst();
      if (next == null) {
        busy = false;
        return;
      }
      if (next[1] >= warmup) {
        waits.add(Sim.time() - next[0]);
      }
      new Departure().schedule(services.nextDouble());
    }
  }

  void run() {
    Sim.init();
    new Arrival().schedule(arrivals.nextDouble());
    Sim.start();
  }

  public static void main(String[] args) {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    double lambda = args.length > 1 ? Double.parseDouble(args[1]) : 0.9;
    double mu = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
    long warmup = args.length > 3 ? Long.parseLong(args[3]) : 100_000L;
    long started = System.nanoTime();
    SsjMm1 model = new SsjMm1(n, lambda, mu, warmup);
    model.run();
    double wall = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        java.util.Locale.ROOT,
        "{\"tool\": \"SSJ 3.3.2\", \"customers\": %d, \"meanWait\": %.6f,"
            + " \"simulationSeconds\": %.3f}%n",
        n,
        model.waits.average(),
        wall);
  }
}
