#!/usr/bin/env python3
"""Start-up time of the httpdex browser to its first complete frame.

Spawns the binary in a pseudo-terminal of 100x30, times from the spawn until
the output, after the switch to the alternate screen, contains the footer's
language name ("English"), then sends "q" and waits for the exit. Repeats
and prints the median, with the browser's peak resident set size up to its
first frame (VmHWM in /proc; the rusage of a child forked from Python would
count the Python interpreter's pages too).

Uses only the Python standard library.

    python3 benches/startup.py [--runs N] [--json] [BINARY]
"""

import argparse
import fcntl
import json
import os
import pty
import select
import statistics
import struct
import sys
import termios
import time

ALT_SCREEN = b"\x1b[?1049h"
FOOTER = b"English"
# A terminal answers a cursor position query; httpdex should not need one,
# but a query left unanswered would hang the run instead of failing it.
DEVICE_ATTRIBUTES = b"\x1b[c"
CURSOR_QUERY = b"\x1b[6n"
TIMEOUT = 10.0


def spawn(binary, columns, rows):
    """Forks `binary` into a new pseudo-terminal of `columns` x `rows`."""
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("NO_COLOR", None)
    pid, master = pty.fork()
    if pid == 0:
        # The child: the size is set before the program starts, so its first
        # frame is drawn at that size.
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
            os.execve(binary, [binary], env)
        finally:
            os._exit(127)
    return pid, master


def read_until(master, done, deadline):
    """Reads from `master` until `done(output)` holds; returns the output."""
    output = b""
    while not done(output):
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            raise TimeoutError(f"no complete frame after {TIMEOUT} s: {output[-200:]!r}")
        ready, _, _ = select.select([master], [], [], remaining)
        if not ready:
            continue
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        # Answer as a terminal does: the cursor position httpdex asks for
        # to tell how wide ambiguous characters are drawn, and the device
        # attributes (DA1) that end its questions.
        if CURSOR_QUERY in chunk:
            os.write(master, b"\x1b[1;2R")
        if DEVICE_ATTRIBUTES in chunk:
            os.write(master, b"\x1b[?62;22c")
        output += chunk
    return output


def first_frame(output):
    """Whether the output holds a frame drawn on the alternate screen."""
    start = output.find(ALT_SCREEN)
    return start >= 0 and output.find(FOOTER, start) >= 0


def peak_rss_kib(pid):
    """The high-water mark of the process's resident set, in KiB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/PID/status")


def drain(master, deadline):
    """Reads everything until the child closes the terminal."""
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([master], [], [], deadline - time.perf_counter())
        if not ready:
            continue
        try:
            if not os.read(master, 65536):
                return
        except OSError:
            return


def run_once(binary, columns, rows):
    """One start: seconds to the first frame, and peak RSS in KiB."""
    start = time.perf_counter()
    pid, master = spawn(binary, columns, rows)
    try:
        read_until(master, first_frame, start + TIMEOUT)
        elapsed = time.perf_counter() - start
        rss = peak_rss_kib(pid)
        os.write(master, b"q")
        drain(master, time.perf_counter() + TIMEOUT)
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(master)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"httpdex exited with status {status}")
    return elapsed, rss


def floor_once(columns, rows):
    """Seconds from spawning /usr/bin/true in a pseudo-terminal to its exit:
    what this harness costs before httpdex does anything."""
    start = time.perf_counter()
    pid, master = spawn("/usr/bin/true", columns, rows)
    try:
        drain(master, start + TIMEOUT)
        elapsed = time.perf_counter() - start
    finally:
        os.waitpid(pid, 0)
        os.close(master)
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", nargs="?", default="target/release/httpdex")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--size", default="100x30", help="COLUMNSxROWS")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    columns, rows = (int(n) for n in args.size.split("x"))
    binary = os.path.abspath(args.binary)

    for _ in range(args.warmup):
        run_once(binary, columns, rows)
    times, rss, floor = [], [], []
    for _ in range(args.runs):
        elapsed, maxrss = run_once(binary, columns, rows)
        times.append(elapsed)
        rss.append(maxrss)
        floor.append(floor_once(columns, rows))

    result = {
        "runs": args.runs,
        "size": args.size,
        "median_s": statistics.median(times),
        "min_s": min(times),
        "max_s": max(times),
        "floor_median_s": statistics.median(floor),
        "max_rss_kib": max(rss),
        "median_rss_kib": statistics.median(rss),
    }
    if args.json:
        json.dump(result, sys.stdout)
        print()
    else:
        print(
            f"first frame at {args.size}: median {result['median_s'] * 1000:.2f} ms "
            f"(min {result['min_s'] * 1000:.2f}, max {result['max_s'] * 1000:.2f}, "
            f"{args.runs} runs); /usr/bin/true in the same harness: median "
            f"{result['floor_median_s'] * 1000:.2f} ms; peak RSS "
            f"{result['max_rss_kib'] / 1024:.1f} MiB"
        )


if __name__ == "__main__":
    main()
