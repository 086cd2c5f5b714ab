#!/usr/bin/env python3
"""Writes a realistic access log for measuring `httpdex --scan`.

    python3 benches/genlog.py combined 1000000 /tmp/access.log
    python3 benches/genlog.py json 1000000 /tmp/access.json --seed 7
    python3 benches/genlog.py alb 1000000 /tmp/alb.log --counts

Formats: combined (nginx/Apache combined log format), json (one object per
line, as nginx `log_format ... escape=json` writes), alb (AWS Application
Load Balancer). The output is the same for the same seed. Paths, agents and
the status mix vary like a public site's traffic; a few request lines hold
spaces, backslash-escaped quotes (Apache), `\\xHH` escapes (nginx) or are
empty. --counts prints the statuses written, as JSON, for checking a scan.
"""

import argparse
import json
import random
import sys
import time

AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "curl/8.5.0",
    "python-requests/2.31.0",
    "Go-http-client/1.1",
    "Prometheus/2.51.0",
    "-",
]
AGENT_WEIGHTS = [30, 14, 6, 16, 12, 5, 3, 4, 3, 2, 3, 2]

REFERERS = [
    "-",
    "https://www.example.com/",
    "https://www.example.com/products",
    "https://www.google.com/",
    "https://duckduckgo.com/",
    "https://t.co/x7Qw2LmPz",
]
REFERER_WEIGHTS = [55, 20, 10, 9, 3, 3]

SLUGS = [
    "release-notes-3-2",
    "how-we-cache",
    "postgres-upgrade",
    "status-codes-explained",
    "rust-at-work",
    "hello-world",
]
WORDS = ["red", "shoes", "laptop", "usb-c", "coffee", "desk", "lamp", "café"]
PROBES = ["/wp-login.php", "/.env", "/xmlrpc.php", "/admin/config.php", "/.git/config", "/phpmyadmin/"]

# (weight, method, path maker, status mix) for each kind of request.
STATIC_MIX = ([200, 304, 404, 206], [70, 26, 3, 1])
PAGE_MIX = ([200, 301, 302, 304, 404, 500, 499], [82, 3, 4, 5, 5, 0.6, 0.4])
API_MIX = ([200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 499, 500, 502, 503, 504],
           [70, 4, 3, 4, 4, 2, 4, 1, 2, 2, 0.8, 1, 0.8, 0.8, 0.6])
PROBE_MIX = ([404, 403, 301], [85, 10, 5])


def static_path(r):
    kind = r.random()
    if kind < 0.4:
        return "/static/js/app.%08x.js" % r.getrandbits(32)
    if kind < 0.7:
        return "/static/css/site.%08x.css" % r.getrandbits(32)
    if kind < 0.95:
        return "/images/%s/%d.%s" % (r.choice(SLUGS), r.randrange(1, 400), r.choice(["png", "jpg", "webp"]))
    return "/favicon.ico"


def page_path(r):
    kind = r.random()
    if kind < 0.25:
        return "/"
    if kind < 0.5:
        return "/blog/" + r.choice(SLUGS)
    if kind < 0.8:
        return "/products/%d" % r.randrange(1, 50000)
    if kind < 0.95:
        return "/search?q=%s+%s&page=%d" % (r.choice(WORDS), r.choice(WORDS), r.randrange(1, 9))
    return "/robots.txt"


def api_path(r):
    kind = r.random()
    if kind < 0.4:
        return "/api/v1/users/%d" % r.randrange(1, 10**6)
    if kind < 0.7:
        return "/api/v1/orders?page=%d&sort=desc&limit=50" % r.randrange(1, 200)
    if kind < 0.9:
        return "/api/v2/carts/%032x/items" % r.getrandbits(128)
    return "/healthz"


KINDS = [
    (40, "GET", static_path, STATIC_MIX),
    (35, None, page_path, PAGE_MIX),
    (22, None, api_path, API_MIX),
    (3, "GET", lambda r: r.choice(PROBES), PROBE_MIX),
]
KIND_WEIGHTS = [k[0] for k in KINDS]


def odd_request(r):
    """A request line as servers log odd requests, with the status given."""
    kind = r.randrange(5)
    if kind == 0:
        # Raw spaces in the target.
        return 'GET /search?q=%s %s HTTP/1.1' % (r.choice(WORDS), r.choice(WORDS)), 400
    if kind == 1:
        # Apache escapes a quote inside %r with a backslash.
        return 'GET /say?x=\\"%s\\" 200 HTTP/1.1' % r.choice(WORDS), 404
    if kind == 2:
        # nginx escapes bytes (a TLS hello on the plain port) as \xHH.
        return "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03", 400
    if kind == 3:
        return "", 400
    return "-", 408


class Clock:
    """Timestamps that move forward a few milliseconds a line."""

    def __init__(self, r):
        self.r = r
        self.t = 1710028800.0  # 2024-03-10T00:00:00Z
        self.second = None
        self.parts = None

    def tick(self):
        self.t += self.r.expovariate(1 / 0.004)
        second = int(self.t)
        if second != self.second:
            self.second = second
            self.parts = time.gmtime(second)
        return self.parts


def ip(r):
    return "%d.%d.%d.%d" % (r.choice([10, 34, 52, 81, 93, 172, 185, 203]), r.randrange(256), r.randrange(256), r.randrange(1, 255))


def request(r):
    """Method, path and status of one request."""
    _, method, path, (codes, weights) = r.choices(KINDS, KIND_WEIGHTS)[0]
    if method is None:
        method = r.choices(["GET", "POST", "PUT", "DELETE", "HEAD"], [78, 14, 3, 2, 3])[0]
    return method, path(r), r.choices(codes, weights)[0]


def size(r, status, method):
    if status in (204, 304) or method == "HEAD":
        return 0
    if status >= 400:
        return r.randrange(150, 600)
    return int(r.lognormvariate(8, 1.5))


def combined(r, clock, counts):
    t = clock.tick()
    stamp = time.strftime("%d/%b/%Y:%H:%M:%S +0000", t)
    if r.random() < 0.005:
        line, status = odd_request(r)
        bytes_sent = r.randrange(0, 200)
    else:
        method, path, status = request(r)
        line = "%s %s %s" % (method, path, r.choices(["HTTP/1.1", "HTTP/2.0", "HTTP/1.0"], [60, 38, 2])[0])
        bytes_sent = size(r, status, method)
    user = "-" if r.random() < 0.97 else "alice"
    agent = r.choices(AGENTS, AGENT_WEIGHTS)[0]
    referer = r.choices(REFERERS, REFERER_WEIGHTS)[0]
    counts[str(status)] = counts.get(str(status), 0) + 1
    return '%s - %s [%s] "%s" %d %d "%s" "%s"\n' % (ip(r), user, stamp, line, status, bytes_sent, referer, agent)


def json_line(r, clock, counts):
    t = clock.tick()
    method, path, status = request(r)
    record = {
        "time": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", t),
        "remote_addr": ip(r),
        "request_method": method,
        "request_uri": path,
        "server_protocol": "HTTP/1.1",
        "status": status,
        "body_bytes_sent": size(r, status, method),
        "request_time": round(r.expovariate(1 / 0.05), 3),
        "http_referer": r.choices(REFERERS, REFERER_WEIGHTS)[0],
        "http_user_agent": r.choices(AGENTS, AGENT_WEIGHTS)[0],
    }
    counts[str(status)] = counts.get(str(status), 0) + 1
    return json.dumps(record, separators=(",", ":"), ensure_ascii=False) + "\n"


def alb(r, clock, counts):
    t = clock.tick()
    micros = int((clock.t % 1) * 1e6)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S", t) + ".%06dZ" % micros
    method, path, status = request(r)
    kind = r.choices(["https", "h2", "http"], [55, 40, 5])[0]
    target = "10.0.%d.%d:8080" % (r.randrange(4), r.randrange(2, 250))
    if r.random() < 0.01:
        # No target answered: the load balancer's own 502/503/504/460.
        elb = r.choices([502, 503, 504, 460], [40, 25, 25, 10])[0]
        target_status = "-"
        times = "0.000 -1 -1"
        target_field = target if elb != 503 else "-"
        target_list, status_list = '"%s"' % target_field, '"-"'
    else:
        elb = status
        target_status = str(status)
        times = "0.000 %.3f 0.000" % r.expovariate(1 / 0.05)
        target_field = target
        target_list, status_list = '"%s"' % target, '"%s"' % target_status
    scheme = "https" if kind != "http" else "http"
    port = 443 if scheme == "https" else 80
    request_line = "%s %s://www.example.com:%d%s HTTP/%s" % (method, scheme, port, path, "2.0" if kind == "h2" else "1.1")
    counts["elb"][str(elb)] = counts["elb"].get(str(elb), 0) + 1
    counts["target"][target_status] = counts["target"].get(target_status, 0) + 1
    return (
        '%s %s app/my-loadbalancer/50dc6c495c0c9188 %s:%d %s %s %d %s %d %d "%s" "%s" '
        "ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 "
        "arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "
        '"Root=1-%08x-%024x" "www.example.com" '
        '"arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234-1234-1234-123456789012" '
        '%d %s "forward" "-" "-" %s %s "-" "-" TID_%032x\n'
        % (
            kind, stamp, ip(r), r.randrange(1024, 65536), target_field, times, elb, target_status,
            r.randrange(200, 2000), size(r, status, method), request_line,
            r.choices(AGENTS, AGENT_WEIGHTS)[0], int(clock.t), r.getrandbits(96),
            r.choice([0, 1, 2, 10]), stamp, target_list, status_list, r.getrandbits(128),
        )
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("format", choices=["combined", "json", "alb"])
    parser.add_argument("lines", type=int)
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--counts", action="store_true", help="print the statuses written as JSON")
    args = parser.parse_args()

    r = random.Random(args.seed)
    clock = Clock(r)
    write = {"combined": combined, "json": json_line, "alb": alb}[args.format]
    counts = {"elb": {}, "target": {}} if args.format == "alb" else {}
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        batch = []
        for _ in range(args.lines):
            batch.append(write(r, clock, counts))
            if len(batch) == 10000:
                out.write("".join(batch))
                batch.clear()
        out.write("".join(batch))
    if args.counts:
        json.dump(counts, sys.stdout, sort_keys=True)
        print()


if __name__ == "__main__":
    main()
