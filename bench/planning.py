#!/usr/bin/env python3
"""The planning benchmark (issue 17): whole processes, paired, medians of wall and CPU seconds.

Each round runs every contender once, one after the other (so a burst of load from other users of
the machine hits a round, not a contender); the medians over the rounds are printed with the
ratios the issue judges:
  - M/M/1, rho 0.9, N customers (default 3 million): `java -jar target/openv2v.jar simulate queue`
    (the launcher's JVM, then the tool's) and `java @target/openv2v-cli/openv2v.args simulate queue`
    (the tool's JVM alone, from the argument file the build writes) against SimPy 3 (Debian
    python3-simpy3, bench/peers/simpy_mm1.py), SSJ 3.3.2 (bench/peers/SsjMm1.java, fetched with
    Maven into the local repository, not into the project's pom; left out, with the reason, where
    Maven cannot fetch it) and a bare Java binary-heap event loop (bench/peers/BareMm1.java).
  - korea-2023, 10 years x 1,000 replications, all cores (`simulate network`, writes patients.csv).
  - PSA of 10,000 iterations on korea-tisacel-dlbcl (`economics --psa 10000`, writes the report).
  Both of these too by `java -jar` and by `java @openv2v.args`.
CPU seconds are user + system of the whole process (os.wait4), JIT and GC threads included.

usage: bench/planning.py [--runs 5] [--simpy-runs 5 (0: no SimPy)] [--no-ssj] [--customers 3000000]
                         [--only queue|korea|psa]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

JAR = os.environ.get("JAR", "target/openv2v.jar")
ARGS = os.path.join(os.path.dirname(JAR), "openv2v-cli", "openv2v.args")
ONE_JVM = "one JVM: "


def both(name, short, words, runs):
    """A platform run by `java -jar`, and by the argument file where the build wrote one."""
    runs_of = [(name, ["java", "-jar", JAR] + words, runs)]
    if os.path.isfile(ARGS):
        runs_of.append((ONE_JVM + short, ["java", "@" + ARGS] + words, runs))
    return runs_of


def timed(argv, cwd=None):
    """Runs argv to completion; answers (wall s, cpu s, stdout)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, cwd=cwd)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if process.returncode != 0:
        sys.exit(f"failed ({process.returncode}): {' '.join(argv)}\n{text[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, text


SSJ_POM = "bench/peers/ssj-pom.xml"


def ssj_class_path(work):
    """SSJ's class path with the compiled peer, or None and why where Maven cannot fetch SSJ."""
    folder = os.path.join(work, "ssj")
    os.makedirs(folder)
    shutil.copy(SSJ_POM, os.path.join(folder, "pom.xml"))
    try:
        fetched = subprocess.run(
            ["mvn", "-B", "-q", "-Dstyle.color=never", "dependency:build-classpath",
             "-Dmdep.outputFile=cp.txt"], cwd=folder, capture_output=True, text=True)
    except OSError as e:
        return None, f"cannot run Maven ({e.strerror})"
    if fetched.returncode != 0:
        said = (fetched.stdout + fetched.stderr).strip().splitlines()
        return None, said[-1] if said else "Maven could not fetch it"
    with open(os.path.join(folder, "cp.txt")) as cp:
        libraries = cp.read().strip()
    classes = os.path.join(folder, "classes")
    subprocess.run(["javac", "-nowarn", "-d", classes, "-cp", libraries,
                    "bench/peers/SsjMm1.java"], check=True, capture_output=True)
    return libraries + os.pathsep + classes, None


def load():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--simpy-runs", type=int, default=None)
    parser.add_argument("--no-ssj", action="store_true", help="leave SSJ out")
    parser.add_argument("--customers", type=int, default=3_000_000)
    parser.add_argument("--only", choices=["queue", "korea", "psa"], default=None)
    args = parser.parse_args()
    simpy_runs = args.runs if args.simpy_runs is None else args.simpy_runs
    n = str(args.customers)
    warmup = "100000"
    work = tempfile.mkdtemp(prefix="openv2v-bench-")
    try:
        classes = os.path.join(work, "bare")
        subprocess.run(["javac", "-d", classes, "bench/peers/BareMm1.java"], check=True)
        contenders = []
        if args.only in (None, "queue"):
            mm1 = ["simulate", "queue", "--arrival-rate", "0.9", "--service-rate", "1",
                   "--servers", "1", "--customers", n, "--warmup", warmup, "--replications", "1",
                   "--seed", "1"]
            queue = both("openv2v simulate queue", "simulate queue", mm1, args.runs) + [
                ("bare Java loop", ["java", "-cp", classes, "BareMm1", n, "0.9", "1", warmup, "1"],
                 args.runs),
                ("SimPy 3", ["/usr/bin/python3", "bench/peers/simpy_mm1.py", n, "0.9", "1", warmup,
                             "1"], simpy_runs),
            ]
            ssj, why = (None, "--no-ssj") if args.no_ssj else ssj_class_path(work)
            if ssj:
                queue.insert(-1, ("SSJ 3.3.2", ["java", "-cp", ssj, "SsjMm1", n, "0.9", "1",
                                                warmup], args.runs))
            else:
                print(f"SSJ 3.3.2 left out: {why}")
            contenders += [c for c in queue if c[2] > 0]
        if args.only in (None, "korea"):
            korea = ["simulate", "network", "--scenario", "korea-2023", "--years", "10",
                     "--replications", "1000", "--seed", "1", "--out", os.path.join(work, "korea")]
            contenders += both("korea-2023 10 y x 1000 rep", "korea-2023", korea, args.runs)
        if args.only in (None, "psa"):
            psa = ["economics", "--model", "korea-tisacel-dlbcl", "--psa", "10000", "--out",
                   os.path.join(work, "psa")]
            contenders += both("PSA 10000 korea-tisacel-dlbcl", "PSA 10000", psa, args.runs)
        print(f"machine: {os.cpu_count()} cores, load average at start {load()}")
        results = {name: [] for name, _, _ in contenders}
        rounds = max(runs for _, _, runs in contenders)
        for r in range(rounds):
            for name, argv, runs in contenders:
                if r < runs:
                    wall, cpu, _ = timed(argv)
                    results[name].append((wall, cpu))
                    print(f"  round {r + 1}: {name:32s} wall {wall:7.2f} s  cpu {cpu:7.2f} s"
                          f"  (load {load()})", flush=True)
        print()
        print(f"{'median of paired runs':34s} {'wall s':>8s} {'cpu s':>8s}  runs")
        med = {}
        for name, _, _ in contenders:
            walls = [w for w, _ in results[name]]
            cpus = [c for _, c in results[name]]
            med[name] = (statistics.median(walls), statistics.median(cpus))
            print(f"{name:34s} {med[name][0]:8.2f} {med[name][1]:8.2f}  {len(walls)}")
        for label, name in (("java -jar", "openv2v simulate queue"),
                            ("java @args", ONE_JVM + "simulate queue")):
            if name not in med:
                continue
            ours, bare = med[name], med["bare Java loop"]
            print()
            if "SimPy 3" in med:
                simpy = med["SimPy 3"]
                print(f"openv2v ({label}) vs SimPy 3:        {simpy[0] / ours[0]:6.1f}x faster by "
                      f"wall, {simpy[1] / ours[1]:6.1f}x by CPU   (goal: at least 50x)")
            if "SSJ 3.3.2" in med:
                ssj = med["SSJ 3.3.2"]
                print(f"openv2v ({label}) vs SSJ 3.3.2:      {ssj[0] / ours[0]:6.1f}x faster by "
                      f"wall, {ssj[1] / ours[1]:6.1f}x by CPU")
            print(f"openv2v ({label}) vs bare Java loop: {ours[0] / bare[0]:6.2f}x the wall,      "
                  f"{ours[1] / bare[1]:6.2f}x the CPU  (goal: within 1.8x)")
        print(f"load average at end {load()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
