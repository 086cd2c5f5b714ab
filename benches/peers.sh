#!/usr/bin/env bash
# Whole-process comparison of httpdex with other ways to look up an HTTP
# status code: wall time with hyperfine, peak memory with /usr/bin/time -v,
# the browser's start-up to its first frame (benches/startup.py) and the
# release binary's size. Then `httpdex --scan` against the usual
# `awk '{print $9}' LOG | sort | uniq -c`, side by side in one hyperfine
# run, on a 1-million-line nginx log made once by benches/genlog.py and kept
# in the target directory.
#
#   bash benches/peers.sh                  print the results as Markdown
#   bash benches/peers.sh --update         also rewrite them in BENCHMARKS.md,
#                                          between the peers:begin/end and
#                                          scan:begin/end markers
#   bash benches/peers.sh --scan [--update]  the log scan alone
#
# It installs nothing. It needs hyperfine, hc (Debian package httpcode),
# python3, fzf, awk, sort and /usr/bin/time (Debian package time) (the scan
# alone: hyperfine, python3, awk, sort and /usr/bin/time), and builds the
# release binary with cargo if it is missing or older than the sources.
# HTTPDEX=/path/to/httpdex measures another binary.

set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

update=false
lookups=true
for arg in "$@"; do
    case "$arg" in
        --update) update=true ;;
        --scan) lookups=false ;;
        *)
            echo "usage: bash benches/peers.sh [--scan] [--update]" >&2
            exit 2
            ;;
    esac
done

target_dir=${CARGO_TARGET_DIR:-$repo/target}
bin=${HTTPDEX:-$target_dir/release/httpdex}
# The log the scan reads: about 210 MB, written once in half a minute.
scan_log=$target_dir/bench/access-1m.log

# ── What is needed ────────────────────────────────────────────────────────────

missing=()
stale=""
tools=(hyperfine python3 awk sort uniq)
if $lookups; then
    tools+=(hc fzf)
fi
for tool in "${tools[@]}"; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[[ -x /usr/bin/time ]] || missing+=("/usr/bin/time")

if [[ -z ${HTTPDEX:-} ]] && command -v cargo >/dev/null 2>&1; then
    if [[ ! -x $bin ]] || [[ -n $(find src assets Cargo.toml Cargo.lock -newer "$bin" -print -quit) ]]; then
        echo "peers.sh: building the release binary (cargo build --release)" >&2
        if ! cargo build --release --quiet >&2; then
            stale=" (cargo build --release failed: the binary measured is older than the sources)"
            echo "peers.sh: warning:$stale" >&2
        fi
    fi
fi
[[ -x $bin ]] || missing+=("$bin (run: cargo build --release)")

# A hello-world built with the same release profile: the floor of a Rust
# binary's start-up, which `httpdex 404` is compared with.
hello=${CARGO_TARGET_DIR:-$repo/target}/hello/release/hello
if command -v cargo >/dev/null 2>&1; then
    cargo build --release --quiet --locked --manifest-path benches/hello/Cargo.toml \
        --target-dir "${CARGO_TARGET_DIR:-$repo/target}/hello" >&2 || true
fi
[[ -x $hello ]] || missing+=("$hello (run: cargo build --release --manifest-path benches/hello/Cargo.toml)")

if ((${#missing[@]} > 0)); then
    {
        echo "peers.sh: missing:"
        for item in "${missing[@]}"; do
            case "$item" in
                hyperfine) echo "  hyperfine      apt-get install hyperfine" ;;
                hc) echo "  hc             apt-get install httpcode" ;;
                python3) echo "  python3        apt-get install python3" ;;
                fzf) echo "  fzf            apt-get install fzf" ;;
                awk | sort | uniq) echo "  $item            apt-get install mawk coreutils" ;;
                /usr/bin/time) echo "  /usr/bin/time  apt-get install time" ;;
                *) echo "  $item" ;;
            esac
        done
        echo "On Debian or Ubuntu: apt-get install hyperfine httpcode fzf time"
    } >&2
    exit 1
fi

# The real interpreter, not a version manager's wrapper script in front of it.
python=$(python3 -c 'import sys; print(sys.executable)')

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The same environment for every command: English, no colour, no user
# defaults for fzf.
export LC_ALL=C.UTF-8 LANG=C.UTF-8 NO_COLOR=1
unset LC_MESSAGES FZF_DEFAULT_OPTS FZF_DEFAULT_COMMAND

"$bin" --list >"$tmp/codes.txt"
# How busy the CPUs are with other work, over the second before measuring
# (the load average would still count work that has just finished).
cpu_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat; }
read -r busy0 total0 < <(cpu_ticks)
sleep 1
read -r busy1 total1 < <(cpu_ticks)
busy_at_start=$(((busy1 - busy0) * 100 / (total1 - total0 > 0 ? total1 - total0 : 1)))
if ((busy_at_start > 10)); then
    echo "peers.sh: warning: the CPUs were ${busy_at_start}% busy before the run; other work will skew the times" >&2
fi

# ── Log scanning ──────────────────────────────────────────────────────────────

# Median over five runs of the maximum resident set size, in KiB.
peak_rss() {
    local out=$1 input=$2
    shift 2
    for _ in 1 2 3 4 5; do
        /usr/bin/time -v -o "$tmp/time.txt" "$@" <"$input" >/dev/null 2>&1
        sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$tmp/time.txt"
    done | sort -n | sed -n 3p >"$out"
}

if [[ ! -s $scan_log ]] || [[ benches/genlog.py -nt $scan_log ]]; then
    echo "peers.sh: writing $scan_log (benches/genlog.py combined 1000000)" >&2
    mkdir -p "$(dirname "$scan_log")"
    python3 benches/genlog.py combined 1000000 "$scan_log.tmp"
    mv "$scan_log.tmp" "$scan_log"
fi
# Both run by sh, whose start-up hyperfine subtracts, so the pipeline and
# httpdex pay the same; the warm-up runs put the log in the page cache.
hyperfine --shell=sh --warmup 3 --min-runs 10 --style basic --export-json "$tmp/scan.json" \
    -n "httpdex --scan" "'$bin' --scan '$scan_log'" \
    -n "awk | sort | uniq -c" "awk '{print \$9}' '$scan_log' | sort | uniq -c" >&2

if $lookups; then

# ── Wall time ─────────────────────────────────────────────────────────────────

hyperfine_opts=(--warmup 20 --min-runs 200 --style basic)
pycode="from http import HTTPStatus; print(HTTPStatus(404).phrase)"

# Progress goes to stderr; stdout carries only the Markdown.
# hyperfine runs one command after another, and this machine's speed
# drifts over a run: the hello-world runs just before and just after
# `httpdex 404`, and the mean of its two medians is what that is compared
# with.
hyperfine -N --warmup 20 --min-runs 500 --style basic --export-json "$tmp/lookup.json" \
    -n "Rust hello-world (same profile)" "$hello" \
    -n "httpdex 404" "$bin 404" \
    -n "Rust hello-world, after" "$hello" \
    -n "hc 404" "hc 404" \
    -n "python3 http.HTTPStatus(404)" "$python -c '$pycode'" \
    -n "/usr/bin/true (floor)" "/usr/bin/true" >&2

hyperfine -N "${hyperfine_opts[@]}" --export-json "$tmp/search.json" \
    -n "httpdex gateway" "$bin gateway" \
    -n "hc -s gateway" "hc -s gateway" >&2

# fzf reads the list on standard input. hyperfine 1.16 and later feed it
# with --input; older ones run the command in sh and subtract the time sh
# itself takes to start.
if hyperfine --help | grep -q -- '--input'; then
    hyperfine -N "${hyperfine_opts[@]}" --export-json "$tmp/fzf.json" \
        --input "$tmp/codes.txt" \
        -n "fzf --filter gateway < list" "fzf --filter gateway" >&2
    fzf_note="fed by hyperfine --input"
else
    hyperfine --shell=sh "${hyperfine_opts[@]}" --export-json "$tmp/fzf.json" \
        -n "fzf --filter gateway < list" "fzf --filter gateway < '$tmp/codes.txt'" >&2
    fzf_note="run in sh, sh start-up subtracted by hyperfine"
fi

hyperfine -N "${hyperfine_opts[@]}" --export-json "$tmp/list.json" \
    -n "httpdex --list --json" "$bin --list --json" \
    -n "httpdex --list" "$bin --list" \
    -n "hc (every code)" "hc" >&2

# The ratio to the hello-world moves from run to run on a shared machine
# by more than the margins it is held to: five more rounds of the
# bracketed pair, each its own hyperfine run, give its spread.
for round in 1 2 3 4 5; do
    hyperfine -N --warmup 20 --runs 300 --style none --export-json "$tmp/round-$round.json" \
        -n before "$hello" -n httpdex "$bin 404" -n after "$hello" >/dev/null
done

echo "peers.sh: browser start-up in a pseudo-terminal" >&2
python3 benches/startup.py --runs 30 --json "$bin" >"$tmp/startup.json"

# ── Peak memory ───────────────────────────────────────────────────────────────

peak_rss "$tmp/rss-httpdex-404" /dev/null "$bin" 404
peak_rss "$tmp/rss-hc-404" /dev/null hc 404
peak_rss "$tmp/rss-python" /dev/null "$python" -c "$pycode"
peak_rss "$tmp/rss-true" /dev/null /usr/bin/true
peak_rss "$tmp/rss-hello" /dev/null "$hello"
peak_rss "$tmp/rss-httpdex-gateway" /dev/null "$bin" gateway
peak_rss "$tmp/rss-hc-gateway" /dev/null hc -s gateway
peak_rss "$tmp/rss-fzf" "$tmp/codes.txt" fzf --filter gateway
peak_rss "$tmp/rss-httpdex-json" /dev/null "$bin" --list --json
peak_rss "$tmp/rss-httpdex-list" /dev/null "$bin" --list
peak_rss "$tmp/rss-hc-all" /dev/null hc

fi

peak_rss "$tmp/rss-httpdex-scan" /dev/null "$bin" --scan "$scan_log"

# ── The machine ───────────────────────────────────────────────────────────────

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
version_of() { "$@" 2>&1 | head -n 1 || true; }
hc_version=$(dpkg-query -W -f='${Version}' httpcode 2>/dev/null || echo "unknown")
fzf_version=$(version_of fzf --version)
commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo "unknown")
if [[ -n $(git -C "$repo" status --porcelain -- src assets Cargo.toml Cargo.lock 2>/dev/null) ]]; then
    commit="$commit with uncommitted changes"
fi

PEERS_MACHINE="$cpu; $(nproc) cores; $(uname -sr); CPUs ${busy_at_start}% busy in the second before the run"
PEERS_TOOLS="$(version_of "$bin" --version); $(version_of hyperfine --version); hc (httpcode) $hc_version; fzf $fzf_version; $(version_of "$python" --version)"
PEERS_SCAN_TOOLS="$(version_of "$bin" --version); $(version_of hyperfine --version); $(version_of awk -W version); $(version_of sort --version)"
PEERS_DATE="$(date -u '+%Y-%m-%d %H:%M UTC'), httpdex built from commit $commit$stale"
export PEERS_TMP=$tmp PEERS_BIN=$bin PEERS_FZF_NOTE=${fzf_note:-} PEERS_MACHINE PEERS_TOOLS \
    PEERS_DATE PEERS_SCAN_LOG=$scan_log PEERS_SCAN_TOOLS

python3 - "$update" "$lookups" <<'PY'
import json
import os
import sys

tmp = os.environ["PEERS_TMP"]


def results(name):
    with open(os.path.join(tmp, name + ".json")) as f:
        return {r["command"]: r for r in json.load(f)["results"]}


def rss(name):
    with open(os.path.join(tmp, "rss-" + name)) as f:
        return int(f.read().strip())


def ms(seconds):
    return f"{seconds * 1000:.2f} ms"


def mib(kib):
    return f"{kib / 1024:.1f} MiB"


def replace_block(name, text):
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    with open("BENCHMARKS.md") as f:
        doc = f.read()
    head, sep, rest = doc.partition(begin)
    _, sep2, tail = rest.partition(end)
    if not sep or not sep2:
        sys.exit(f"peers.sh: BENCHMARKS.md has no {name}:begin/{name}:end markers")
    with open("BENCHMARKS.md", "w") as f:
        f.write(head + begin + "\n" + text + end + tail)
    print(f"peers.sh: BENCHMARKS.md updated ({name})", file=sys.stderr)


update, lookups = sys.argv[1] == "true", sys.argv[2] == "true"

# ── The log scan ──
scanning = results("scan")
ours, theirs = scanning["httpdex --scan"], scanning["awk | sort | uniq -c"]
log = os.environ["PEERS_SCAN_LOG"]
log_bytes = os.path.getsize(log)
with open(log, "rb") as f:
    log_lines = sum(1 for _ in f)


def mb_s(result):
    return f"{log_bytes / result['median'] / 1e6:,.0f} MB/s"


def spread(result):
    return f"{ms(min(result['times']))} – {ms(max(result['times']))}"


out = []
out.append(f"Measured {os.environ['PEERS_DATE']}.")
out.append("")
out.append(f"Machine: {os.environ['PEERS_MACHINE']}.")
out.append("")
out.append(f"Tools: {os.environ['PEERS_SCAN_TOOLS']}.")
out.append("")
out.append(
    f"Log: {log_lines:,} lines, {log_bytes / 1e6:.0f} MB, nginx combined format "
    "(`python3 benches/genlog.py combined 1000000`), in the page cache."
)
out.append("")
out.append("| command | median | min – max | throughput | ratio | peak RSS |")
out.append("| --- | ---: | ---: | ---: | ---: | ---: |")
out.append(
    f"| `httpdex --scan LOG` | {ms(ours['median'])} | {spread(ours)} | {mb_s(ours)} "
    f"| 1.00× | {mib(rss('httpdex-scan'))} |"
)
out.append(
    f"| `awk '{{print $9}}' LOG \\| sort \\| uniq -c` | {ms(theirs['median'])} "
    f"| {spread(theirs)} | {mb_s(theirs)} | {theirs['median'] / ours['median']:.1f}× | — |"
)
out.append("")
out.append(
    f"`httpdex --scan` is {theirs['median'] / ours['median']:.1f}× faster than the pipeline. "
    f"Medians of {min(len(ours['times']), len(theirs['times']))} or more runs after 3 warm-up "
    "runs, both commands started by `sh` (hyperfine subtracts its start-up), their output "
    "discarded; throughput is the log's size over the median. Peak RSS is the median of five "
    "runs of `/usr/bin/time -v`; the pipeline's three processes are not measured."
)
scan_text = "\n".join(out) + "\n"
sys.stdout.write(scan_text)
if update:
    replace_block("scan", scan_text)
if not lookups:
    sys.exit(0)
sys.stdout.write("\n")

lookup, search, fzf, listing = (results(n) for n in ("lookup", "search", "fzf", "list"))
# The hello-world's two runs, before and after `httpdex 404`, as one row:
# the mean of their medians.
hello_runs = (lookup["Rust hello-world (same profile)"]["median"], lookup.pop("Rust hello-world, after")["median"])
lookup["Rust hello-world (same profile)"]["median"] = sum(hello_runs) / 2
with open(os.path.join(tmp, "startup.json")) as f:
    startup = json.load(f)

# (group, reference command, [(command, hyperfine result, rss file, note)])
groups = [
    ("look up a code", "httpdex 404", [
        ("httpdex 404", lookup["httpdex 404"], "httpdex-404", ""),
        ("hc 404", lookup["hc 404"], "hc-404", ""),
        ("python3 http.HTTPStatus(404)", lookup["python3 http.HTTPStatus(404)"], "python", "`python3 -c` one-liner"),
        ("Rust hello-world (same profile)", lookup["Rust hello-world (same profile)"], "hello", "`benches/hello`, built with httpdex's release profile; run just before and just after `httpdex 404`, the mean of the two medians (" + " and ".join(ms(t) for t in hello_runs) + ")"),
        ("/usr/bin/true (floor)", lookup["/usr/bin/true (floor)"], "true", "process start and exit only"),
    ]),
    ("search for words", "httpdex gateway", [
        ("httpdex gateway", search["httpdex gateway"], "httpdex-gateway", ""),
        ("hc -s gateway", search["hc -s gateway"], "hc-gateway", ""),
        ("fzf --filter gateway < list", fzf["fzf --filter gateway < list"], "fzf", "list from `httpdex --list`; " + os.environ["PEERS_FZF_NOTE"]),
    ]),
    ("print everything", "httpdex --list --json", [
        ("httpdex --list --json", listing["httpdex --list --json"], "httpdex-json", ""),
        ("httpdex --list", listing["httpdex --list"], "httpdex-list", ""),
        ("hc (every code)", listing["hc (every code)"], "hc-all", "`hc` without arguments"),
    ]),
]

out = []
out.append(f"Measured {os.environ['PEERS_DATE']}.")
out.append("")
out.append(f"Machine: {os.environ['PEERS_MACHINE']}.")
out.append("")
out.append(f"Tools: {os.environ['PEERS_TOOLS']}.")
out.append("")
out.append("| group | command | median | ratio to httpdex | peak RSS | note |")
out.append("| --- | --- | ---: | ---: | ---: | --- |")
for group, reference, rows in groups:
    base = dict((c, r) for c, r, _, _ in rows)[reference]["median"]
    for command, result, rss_name, note in rows:
        ratio = result["median"] / base
        out.append(
            f"| {group} | `{command}` | {ms(result['median'])} | {ratio:.2f}× "
            f"| {mib(rss(rss_name))} | {note} |"
        )
out.append(
    f"| browser | `httpdex` to its first frame | {ms(startup['median_s'])} | — "
    f"| {mib(startup['max_rss_kib'])} | pty {startup['size']}, {startup['runs']} runs, "
    f"min {ms(startup['min_s'])}, max {ms(startup['max_s'])}; the same harness "
    f"runs `/usr/bin/true` in {ms(startup['floor_median_s'])} |"
)
out.append("")
hello = lookup["Rust hello-world (same profile)"]["median"]
rounds = []
for n in range(1, 6):
    r = results(f"round-{n}")
    rounds.append(r["httpdex"]["median"] / ((r["before"]["median"] + r["after"]["median"]) / 2))
rounds.sort()
out.append(
    f"`httpdex 404` takes {lookup['httpdex 404']['median'] / hello:.2f}× the time of a Rust "
    "hello-world built with the same release profile, in the same hyperfine run (the "
    "hello-world's runs just before and just after it, the mean of their medians). "
    f"Five more such runs of the three, 300 runs each: {rounds[2]:.2f}× in the middle one, "
    f"from {rounds[0]:.2f}× to {rounds[-1]:.2f}× ("
    + ", ".join(f"{x:.2f}×" for x in rounds) + ")."
)
out.append("")
size = os.path.getsize(os.environ["PEERS_BIN"])
out.append(f"Release binary: {size / 1024 / 1024:.2f} MiB ({size} bytes, stripped, LTO).")
out.append("")
out.append(
    "Medians of at least 200 runs (500 to look up a code) after 20 warm-up runs "
    "(hyperfine); peak RSS is "
    "the median of five runs of `/usr/bin/time -v` (the browser: the largest of "
    "its runs, VmHWM from /proc when the first frame is out)."
)
text = "\n".join(out) + "\n"
sys.stdout.write(text)

if update:
    replace_block("peers", text)
PY
