#!/usr/bin/env bash
# Runs the httpdex fuzz targets for a bounded time each.
#
#   fuzz/run.sh [SECONDS] [TARGET...]
#
# SECONDS defaults to 30 per target; TARGET defaults to every target
# (search, args, transcript, logs). Works on a stable toolchain: RUSTC_BOOTSTRAP=1 lets stable
# rustc accept the -Z flags cargo-fuzz passes. Set FUZZ_SANITIZER=none to
# build without AddressSanitizer (faster; Rust code is memory safe anyway).
#
# Exit status: 0 if no target crashed, 1 if any did (the input is saved in
# fuzz/artifacts/<target>/), 2 on a usage or setup problem or a failed build.

set -u

cd "$(dirname "$0")" || exit 2

seconds=${1:-30}
if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
    echo "usage: $0 [SECONDS] [TARGET...]" >&2
    exit 2
fi
shift $(($# > 0 ? 1 : 0))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(search args transcript logs)
fi
sanitizer=${FUZZ_SANITIZER:-address}

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "cargo-fuzz is missing; install it with: cargo install cargo-fuzz" >&2
    exit 2
fi

export RUSTC_BOOTSTRAP=1

# seed TARGET NAME BYTES: adds one seed input (printf escapes allowed).
seed() {
    mkdir -p "corpus/$1"
    # shellcheck disable=SC2059 # the seed is a printf format, for its escapes
    printf -- "$3" >"corpus/$1/seed-$2"
}

seed search code '404'
seed search prefix '50'
seed search digit '4'
seed search unknown '999'
seed search class '4xx'
seed search class-upper '5XX'
seed search typo 'gatway'
seed search words 'gateway timeout'
seed search former 'Unprocessable Entity'
seed search ja 'ティーポット'
seed search zh '网关超时'
seed search blank '  '

seed args code '404'
seed args lang '--lang\0ja\000425'
seed args lang-eq '--lang=zh\0004xx'
seed args short '-L\0zh\000gatway'
seed args bad-lang '--lang=fr\000404'
seed args json '--json\0teapot'
seed args list '--list'
seed args list-query '-l\000404'
seed args help '--help'
seed args help-ja '-L\0ja\0-h'
seed args version '-V'
seed args interactive '-i'
seed args unknown '--bogus'
seed args not-utf8 '\377\376'
seed args missing '999'
seed args words 'payload\0too\0large'

seed transcript status-line 'HTTP/1.1 404 Not Found\r\n'
seed transcript curl-i 'HTTP/1.1 301 Moved Permanently\r\nLocation: /new\r\n\r\n'
seed transcript curl-v '< HTTP/2 429\r\n< retry-after: 60\r\n<\r\n'
seed transcript continue 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nLocation: /x\r\n\r\n'
seed transcript codes '404\n500\n'
seed transcript binary '\377\376\000\001'

seed logs combined '\000127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /a HTTP/1.1" 200 2326 "-" "curl"\n'
seed logs combined-gz '\001127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /a HTTP/1.1" 404 0 "-" "-"\n'
seed logs json '\000{"status":502,"uri":"/x"}\n{"status_code":"499"}\n'
seed logs alb '\000http 2024-01-01T00:00:00Z app 1.2.3.4:5 10.0.0.1:80 0.001 0.002 0.000 503 - 0 0 "GET http://x/ HTTP/1.1" "-" - -\n'
seed logs gzip-magic '\000\037\213\010\000'

status=0
for target in "${targets[@]}"; do
    # Build first, so a broken build is not mistaken for a crash.
    if ! cargo fuzz build --sanitizer "$sanitizer" "$target"; then
        echo "== $target did not build" >&2
        [ $status -eq 0 ] && status=2
        continue
    fi
    echo "== fuzzing $target for ${seconds}s (sanitizer: $sanitizer)" >&2
    if ! cargo fuzz run --sanitizer "$sanitizer" "$target" -- \
        -max_total_time="$seconds" -timeout=10 -print_final_stats=1; then
        echo "== $target FAILED; reproducer in fuzz/artifacts/$target/" >&2
        status=1
    fi
done
exit $status
