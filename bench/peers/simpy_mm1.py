#!/usr/bin/env python3
"""M/M/1 in SimPy 3 (Debian python3-simpy3), the peer of `openv2v simulate queue`.

Same model as the Java engine: Poisson arrivals (rate LAMBDA), one server, exponential
service (rate MU), FIFO; N customers arrive, the first WARMUP are not measured.
Prints one JSON line with the mean wait in queue and the wall-clock seconds.

usage: simpy_mm1.py [N] [LAMBDA] [MU] [WARMUP] [SEED]
"""
import json
import random
import sys
import time

import simpy


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
    lam = float(sys.argv[2]) if len(sys.argv) > 2 else 0.9
    mu = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    warmup = int(sys.argv[4]) if len(sys.argv) > 4 else 100_000
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    rng = random.Random(seed)
    env = simpy.Environment()
    server = simpy.Resource(env, capacity=1)
    stats = {"waits": 0.0, "measured": 0}

    def customer(number):
        arrived = env.now
        with server.request() as request:
            yield request
            if number >= warmup:
                stats["waits"] += env.now - arrived
                stats["measured"] += 1
            yield env.timeout(rng.expovariate(mu))

    def source():
        for number in range(n):
            env.process(customer(number))
            yield env.timeout(rng.expovariate(lam))

    started = time.perf_counter()
    env.process(source())
    env.run()
    wall = time.perf_counter() - started
    print(json.dumps({
        "tool": "SimPy " + simpy.__version__,
        "customers": n,
        "meanWait": stats["waits"] / max(1, stats["measured"]),
        "simulationSeconds": round(wall, 3),
    }))


if __name__ == "__main__":
    main()
