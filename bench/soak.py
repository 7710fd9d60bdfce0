"""Load and soak test: many visitors browse and send forms at once, for a bounded time,
against gunicorn (two workers, as ``make run``) on PostgreSQL with the Redis cache.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test REDIS_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python bench/soak.py --visitors 20 --duration 60

Each visitor loops like a person with a browser: loads the HTML shell of a random page
of the sitemap, follows a few links (one resolve request each, as the SPA navigates),
counts a post's read, searches, and now and then sends the contact form (with a retry
of the same ``Idempotency-Key`` now and then), joins the newsletter, registers for an
event or asks the matcher. Posts go through the SPA's CSRF flow (``GET /api/csrf/``,
then ``X-CSRFToken`` with the cookie and the site's ``Origin``).

Rate limits stay as in production. Every visitor has its own address: the server
trusts one proxy (``NUM_PROXIES=1``) and each visitor sends its own
``X-Forwarded-For``, as a load balancer would, so the per-visitor limits apply to each
visitor as they would to a person; a 429 is counted apart, as an expected answer.

Budget: no 5xx, no connection error, no answer an endpoint should never give (a 400
means this script sent something wrong, a 403 that the CSRF flow broke), no worker
restarted; and the database must hold exactly what was acknowledged (each contact
submission once with its id, each registration once, never more confirmed seats than
an event has, each newsletter address). The resident memory (RSS) of each gunicorn
worker is sampled after a warm-up and every few seconds, and its growth reported
(``--max-growth`` turns it into a budget). Prints Markdown tables, writes
``bench/results/soak.json``, exits 1 on any failure. The database (``<name>_soak``)
is dropped and the run's cache entries removed at the end.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from e2e.server import (  # noqa: E402
    drop_database,
    forget_cache_entries,
    fresh_database_url,
    gunicorn,
)

BACKEND = REPO / "backend"
RESULTS = REPO / "bench" / "results"
MARKER = "soak-"  # in every message, e-mail address and name this run sends
SEARCH_WORDS = ["supervision", "trauma", "licensure", "group", "ethics", "supervison", "dbt"]
# What each endpoint may answer besides 429; anything else is a failure.
EXPECTED = {
    "shell": {200},
    "shell 404": {404},
    "resolve": {200},
    "search": {200},
    "csrf": {200},
    "post view": {200},
    "contact form": {201},
    "newsletter": {202},
    "registration": {201, 409},  # 409: full, no waitlist
    "match": {201},
}


# -- the site as visitors find it ------------------------------------------------------


@dataclass
class Site:
    """What the visitors need to know of the demo site, read once before the run."""

    port: int
    paths: list[str]
    contact: dict
    events: list[dict]
    match_answers: dict

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def fetch(port: int, method: str, path: str, body: bytes | None = None, headers=None):
    """One request on a fresh connection (gunicorn's sync workers close each one)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read(), response
    finally:
        connection.close()


def read_json(port: int, path: str) -> dict:
    status, body, _ = fetch(port, "GET", path, headers={"Accept": "application/json"})
    if status != 200:
        raise RuntimeError(f"GET {path} answered {status}")
    return json.loads(body)


def discover(port: int) -> Site:
    status, body, _ = fetch(port, "GET", "/sitemap.xml")
    if status != 200:
        raise RuntimeError(f"/sitemap.xml answered {status}")
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    paths = [urlsplit(loc.text or "").path for loc in ET.fromstring(body).iter(f"{namespace}loc")]
    listing = read_json(port, "/api/pages/resolve/?path=/events-and-trainings/")
    events = []
    for summary in listing["upcoming"]:
        if summary["registration"] == "open":
            events.append(read_json(port, f"/api/pages/resolve/?path={quote(summary['path'])}"))
    matcher = read_json(port, "/api/pages/resolve/?path=/find-a-supervisor/")
    target = next(
        license["id"]
        for license in matcher["options"]["license_types"]
        if license["state"] == "CO" and license["level"] == "independent"
    )
    return Site(
        port=port,
        paths=paths,
        contact=read_json(port, "/api/pages/resolve/?path=/contact/"),
        events=events,
        match_answers={
            "states": ["CO"],
            "target_license": int(target),
            "stage": "starting",
            "format": "individual",
            "mode": "online",
            "availability": [{"weekday": 1, "part": "afternoon"}],
            "time_zone": "America/Denver",
        },
    )


# -- what happened ----------------------------------------------------------------------


@dataclass
class Record:
    endpoint: str
    status: int  # 0: no answer (connection error, timeout)
    ms: float
    at: float  # seconds since the start of the run
    error: str = ""


@dataclass
class Ledger:
    """Every request and every acknowledged write, shared by the visitors' threads."""

    records: list[Record] = field(default_factory=list)
    submissions: dict[str, set[int]] = field(default_factory=dict)  # marker -> ids answered
    registrations: set[tuple[int, str]] = field(default_factory=set)  # (event id, e-mail)
    subscribers: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, record: Record) -> None:
        with self.lock:
            self.records.append(record)


class Visitor:
    """One person browsing: their own address, CSRF cookie and pace."""

    def __init__(self, number: int, site: Site, ledger: Ledger, started: float, think: float):
        self.number = number
        self.site = site
        self.ledger = ledger
        self.started = started
        self.think = think
        self.random = random.Random(number)
        self.address = f"10.77.{number // 250}.{number % 250 + 1}"
        self.token = ""
        self.cookie = ""
        self.sent = 0

    # -- requests ----------------------------------------------------------------------

    def request(self, endpoint: str, method: str, path: str, payload=None, headers=None):
        """The answer's status and JSON body ({} when not JSON); recorded either way."""
        headers = {
            "X-Forwarded-For": self.address,
            "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) firelight-soak",
            **(headers or {}),
        }
        body = None
        if payload is not None:
            body = json.dumps(payload).encode()
            headers["Content-Type"] = "application/json"
        begun = time.perf_counter()
        try:
            status, raw, response = fetch(self.site.port, method, path, body, headers)
            error = ""
        except (OSError, http.client.HTTPException) as failure:
            status, raw, response, error = 0, b"", None, f"{type(failure).__name__}: {failure}"
        self.ledger.add(
            Record(
                endpoint=endpoint,
                status=status,
                ms=(time.perf_counter() - begun) * 1000,
                at=begun - self.started,
                error=error,
            )
        )
        if response is not None and endpoint == "csrf":
            self.cookie = (response.getheader("Set-Cookie") or "").split(";", 1)[0]
        try:
            return status, json.loads(raw) if raw.startswith(b"{") else {}
        except json.JSONDecodeError:
            return status, {}

    def post(self, endpoint: str, path: str, payload, extra_headers=None):
        if not self.token:
            status, answer = self.request("csrf", "GET", "/api/csrf/")
            if status != 200:
                return status, {}
            self.token = answer["token"]
        headers = {
            "Accept": "application/json",
            "X-CSRFToken": self.token,
            "Cookie": self.cookie,
            "Origin": self.site.origin,
            **(extra_headers or {}),
        }
        return self.request(endpoint, "POST", path, payload, headers)

    def pause(self) -> None:
        time.sleep(self.random.uniform(0, self.think))

    # -- a visit -----------------------------------------------------------------------

    def visit(self, until: float) -> None:
        while time.monotonic() < until:
            self.browse()
            roll = self.random.random()
            if roll < 0.12:
                self.send_contact_form()
            elif roll < 0.20:
                self.subscribe()
            elif roll < 0.25:
                self.register()
            elif roll < 0.33:
                self.ask_the_matcher()

    def browse(self) -> None:
        """A first load (the HTML shell), then a few client-side navigations."""
        if self.random.random() < 0.05:
            self.request("shell 404", "GET", f"/no-such-page-{self.random.randint(1, 99)}/")
        else:
            self.request("shell", "GET", self.random.choice(self.site.paths))
        self.pause()
        for _ in range(self.random.randint(1, 3)):
            path = quote(self.random.choice(self.site.paths))
            status, page = self.request("resolve", "GET", f"/api/pages/resolve/?path={path}")
            if status == 200 and page.get("type") == "blog.BlogPage":
                self.post("post view", f"/api/blog/posts/{page['id']}/views/", None)
            self.pause()
        word = self.random.choice(SEARCH_WORDS)
        self.request("search", "GET", f"/api/search/?q={word}")
        self.pause()

    def unique(self, kind: str) -> str:
        self.sent += 1
        return f"{MARKER}{kind}-{self.number}-{self.sent}-{uuid.uuid4().hex[:6]}"

    def send_contact_form(self) -> None:
        form = self.site.contact
        marker = self.unique("message")
        consent = next(f["name"] for f in form["fields"] if f["type"] == "checkbox")
        payload = {
            "your_name": f"Soak visitor {self.number}",
            "e_mail": f"{marker}@soak.example",
            "topic": "Supervision",
            "message": f"Soak test message {marker}",
            consent: True,
            "website": "",
        }
        key = {"Idempotency-Key": str(uuid.uuid4())}
        # Now and then the answer is "lost" and the visitor's browser sends it again.
        for _attempt in range(2 if self.random.random() < 0.2 else 1):
            status, answer = self.post("contact form", form["submit_path"], payload, key)
            if status == 201:
                with self.ledger.lock:
                    self.ledger.submissions.setdefault(marker, set()).add(answer["id"])

    def subscribe(self) -> None:
        address = f"{self.unique('reader')}@soak.example"
        status, _ = self.post("newsletter", "/api/newsletter/subscriptions/", {"email": address})
        if status == 202:
            with self.ledger.lock:
                self.ledger.subscribers.add(address)

    def register(self) -> None:
        if not self.site.events:
            return
        event = self.random.choice(self.site.events)
        options = event["registration"]
        address = f"{self.unique('registrant')}@soak.example"
        payload = {
            "name": f"Soak visitor {self.number}",
            "email": address,
            "license_type": options["license_types"][0]["id"],
            "state": options["license_types"][0]["state"],
            "consent": True,
            "website": "",
        }
        if len(event["price_tiers"]) > 1:
            payload["price_tier"] = event["price_tiers"][0]["id"]
        status, _ = self.post("registration", options["submit_path"], payload)
        if status == 201:
            with self.ledger.lock:
                self.ledger.registrations.add((event["id"], address))

    def ask_the_matcher(self) -> None:
        self.post("match", "/api/match/", self.site.match_answers)


# -- worker memory ------------------------------------------------------------------------


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``, from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # gone meanwhile
        # The command name is in parentheses and may hold spaces: fields follow it.
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def gunicorn_master() -> int:
    """This script's child that is gunicorn's master process."""
    for pid in children(os.getpid()):
        try:
            if b"gunicorn" in Path(f"/proc/{pid}/cmdline").read_bytes():
                return pid
        except OSError:
            continue
    raise RuntimeError("gunicorn's master process was not found")


class MemorySampler(threading.Thread):
    """Samples each worker's RSS every ``every`` seconds until stopped."""

    def __init__(self, master: int, every: float):
        super().__init__(daemon=True)
        self.master = master
        self.every = every
        self.samples: list[tuple[float, dict[int, float]]] = []
        self.stopped = threading.Event()

    def sample(self) -> None:
        workers = {pid: rss_mb(pid) for pid in children(self.master)}
        self.samples.append((time.monotonic(), {p: mb for p, mb in workers.items() if mb}))

    def run(self) -> None:
        while not self.stopped.wait(self.every):
            self.sample()

    def stop(self) -> None:
        self.stopped.set()
        self.join()
        self.sample()


# -- the run --------------------------------------------------------------------------------


def run(site: Site, args) -> tuple[Ledger, MemorySampler, dict]:
    ledger = Ledger()
    started = time.monotonic()
    warm_until = started + args.warmup
    until = warm_until + args.duration
    visitors = [Visitor(n, site, ledger, started, args.think) for n in range(args.visitors)]
    threads = [threading.Thread(target=v.visit, args=(until,)) for v in visitors]
    for thread in threads:
        thread.start()
    time.sleep(max(0.0, warm_until - time.monotonic()))
    sampler = MemorySampler(gunicorn_master(), args.sample_every)
    sampler.sample()  # the baseline, once warmed up
    sampler.start()
    for thread in threads:
        thread.join()
    sampler.stop()
    return ledger, sampler, {"warmup_s": args.warmup, "wall_s": time.monotonic() - started}


STORED_CODE = """
import json
from events.models import EventPage, Registration
from forms.models import LeadSubmission, Subscriber
submissions = {}
for pk, data in LeadSubmission.objects.values_list("pk", "form_data"):
    message = data.get("message", "")
    if MARKER in message:
        submissions.setdefault(message.rsplit(" ", 1)[-1], []).append(pk)
registrations = list(
    Registration.objects.filter(email__startswith=MARKER).values_list("event_id", "email", "status")
)
taken = dict(EventPage.objects.values_list("pk", "seats__taken"))
subscribers = list(
    Subscriber.objects.filter(email__startswith=MARKER).values_list("email", flat=True)
)
print(json.dumps({"submissions": submissions, "registrations": registrations, "taken": taken,
                  "subscribers": subscribers}))
"""


def stored(manage: list[str], env: dict) -> dict:
    """What the database holds of this run's writes, and each event's seats taken."""
    code = f"MARKER = {MARKER!r}\n{STORED_CODE}"
    output = subprocess.run(
        [*manage, "shell", "-c", code], env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


# -- the verdict ----------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile of sorted ``values``."""
    if not values:
        return 0.0
    return values[min(len(values) - 1, max(0, round(share * len(values)) - 1))]


def endpoint_table(ledger: Ledger, warmup: float) -> list[dict]:
    by_endpoint: dict[str, list[Record]] = defaultdict(list)
    for record in ledger.records:
        by_endpoint[record.endpoint].append(record)
    rows = []
    for endpoint in sorted(by_endpoint, key=lambda name: -len(by_endpoint[name])):
        records = by_endpoint[endpoint]
        measured = sorted(r.ms for r in records if r.at >= warmup and r.status)
        rows.append(
            {
                "endpoint": endpoint,
                "requests": len(records),
                "statuses": dict(sorted(Counter(r.status for r in records).items())),
                "p50_ms": round(percentile(measured, 0.50), 1),
                "p95_ms": round(percentile(measured, 0.95), 1),
                "p99_ms": round(percentile(measured, 0.99), 1),
                "max_ms": round(measured[-1] if measured else 0.0, 1),
            }
        )
    return rows


def memory_table(sampler: MemorySampler) -> tuple[list[dict], list[int]]:
    """Each worker's RSS after warm-up, at the end and at its peak; and the workers
    that appeared during the run (a worker that died was replaced)."""
    first = sampler.samples[0][1]
    rows = []
    for pid, start in sorted(first.items()):
        seen = [sample[pid] for _, sample in sampler.samples if pid in sample]
        end = seen[-1]
        rows.append(
            {
                "worker": pid,
                "after_warmup_mb": round(start, 1),
                "end_mb": round(end, 1),
                "peak_mb": round(max(seen), 1),
                "growth_mb": round(end - start, 1),
                "growth_pct": round((end - start) / start * 100, 1),
                "alive_at_end": pid in sampler.samples[-1][1],
            }
        )
    replaced = sorted({pid for _, sample in sampler.samples for pid in sample} - set(first))
    return rows, replaced


def check_writes(ledger: Ledger, found: dict, events: list[dict]) -> dict:
    """Acknowledged writes against the database: each exactly once, nothing more; and
    every event's seats taken went up by exactly its confirmed registrations, never past
    its capacity."""
    submissions = found["submissions"]
    acknowledged = ledger.submissions
    registrations = [(event, email) for event, email, _status in found["registrations"]]
    confirmed = Counter(
        event for event, _email, status in found["registrations"] if status == "confirmed"
    )
    miscounted = [
        event["id"]
        for event in events
        if event["capacity"] is not None
        and (
            (found["taken"][str(event["id"])] or 0)
            != event["capacity"] - event["seats_left"] + confirmed[event["id"]]
            or (found["taken"][str(event["id"])] or 0) > event["capacity"]
        )
    ]
    checks = {
        "contact submissions acknowledged": len(acknowledged),
        "contact submissions stored": sum(len(ids) for ids in submissions.values()),
        "submissions missing": sum(marker not in submissions for marker in acknowledged),
        "submissions stored twice": sum(len(ids) > 1 for ids in submissions.values()),
        "submissions stored under another id": sum(
            marker in submissions and ids != set(submissions[marker])
            for marker, ids in acknowledged.items()
        ),
        "submissions stored, never acknowledged": sum(m not in acknowledged for m in submissions),
        "registrations acknowledged": len(ledger.registrations),
        "registrations stored": len(registrations),
        "registrations stored twice": len(registrations) - len(set(registrations)),
        "registrations differing": len(set(registrations) ^ ledger.registrations),
        "events with seats miscounted or oversold": len(miscounted),
        "newsletter addresses acknowledged": len(ledger.subscribers),
        "newsletter addresses differing": len(set(found["subscribers"]) ^ ledger.subscribers),
    }
    failures = [
        name
        for name, count in checks.items()
        if count
        and name
        not in {
            "contact submissions acknowledged",
            "contact submissions stored",
            "registrations acknowledged",
            "registrations stored",
            "newsletter addresses acknowledged",
        }
    ]
    return {**checks, "failures": failures}


def markdown(headers: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def verdict(report: dict, args) -> bool:
    ledger: Ledger = report["ledger"]
    endpoints = endpoint_table(ledger, args.warmup)
    memory, replaced = memory_table(report["sampler"])
    writes = check_writes(ledger, report["stored"], report["events"])
    statuses = Counter(r.status for r in ledger.records)
    server_errors = sum(n for status, n in statuses.items() if status >= 500 or status == 0)
    unexpected = Counter(
        f"{r.endpoint} {r.status}"
        for r in ledger.records
        if 0 < r.status < 500 and r.status != 429 and r.status not in EXPECTED[r.endpoint]
    )
    measured = [r for r in ledger.records if r.at >= args.warmup]
    too_much_growth = [
        row["worker"]
        for row in memory
        if args.max_growth is not None and row["growth_pct"] > args.max_growth
    ]
    ok = (
        server_errors == 0
        and not unexpected
        and not replaced
        and not writes["failures"]
        and not too_much_growth
        and all(row["alive_at_end"] for row in memory)
    )
    summary = {
        "visitors": args.visitors,
        "warmup_s": args.warmup,
        "duration_s": args.duration,
        "requests": len(ledger.records),
        "throughput_rps": round(len(measured) / args.duration, 1),
        "5xx_or_connection_errors": server_errors,
        "throttled_429": statuses.get(429, 0),
        "unexpected_answers": dict(unexpected),
        "workers_replaced": replaced,
        "verdict": "pass" if ok else "FAIL",
    }
    print("\n## Soak\n")
    print(markdown(["figure", "value"], [[k, v] for k, v in summary.items()]))
    print("\n## Endpoints (latency after warm-up)\n")
    print(
        markdown(
            ["endpoint", "requests", "statuses", "p50 ms", "p95 ms", "p99 ms", "max ms"],
            [
                [
                    row["endpoint"],
                    row["requests"],
                    ", ".join(f"{s}: {n}" for s, n in row["statuses"].items()),
                    row["p50_ms"],
                    row["p95_ms"],
                    row["p99_ms"],
                    row["max_ms"],
                ]
                for row in endpoints
            ],
        )
    )
    print(f"\n## Worker memory (RSS, sampled every {args.sample_every:g} s)\n")
    print(
        markdown(
            ["worker", "after warm-up MB", "end MB", "peak MB", "growth MB", "growth %"],
            [
                [
                    row["worker"],
                    row["after_warmup_mb"],
                    row["end_mb"],
                    row["peak_mb"],
                    row["growth_mb"],
                    row["growth_pct"],
                ]
                for row in memory
            ],
        )
    )
    print("\n## Writes: acknowledged against stored\n")
    print(markdown(["check", "count"], [[k, v] for k, v in writes.items() if k != "failures"]))
    errors = [f"{r.endpoint}: {r.error}" for r in ledger.records if r.error][:10]
    if errors:
        print("\nConnection errors (first ten):\n" + "\n".join(errors))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "soak.json").write_text(
        json.dumps(
            {
                "summary": summary,
                "endpoints": endpoints,
                "memory": memory,
                "memory_samples": [
                    {"t": round(t - report["sampler"].samples[0][0], 1), "rss_mb": sample}
                    for t, sample in report["sampler"].samples
                ],
                "writes": writes,
            },
            indent=2,
        )
        + "\n"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--visitors", type=int, default=20, help="concurrent visitors")
    parser.add_argument("--duration", type=float, default=60, help="seconds measured")
    parser.add_argument("--warmup", type=float, default=10, help="seconds before measuring")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--think", type=float, default=0.3, help="longest pause, seconds")
    parser.add_argument("--sample-every", type=float, default=5, help="RSS sampling, seconds")
    parser.add_argument(
        "--max-growth", type=float, default=None, help="fail above this RSS growth, %%"
    )
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        print("Set DATABASE_URL to a PostgreSQL server (the soak runs against PostgreSQL).")
        return 2
    if not os.environ.get("REDIS_URL"):
        print("REDIS_URL is not set: the workers share the file cache instead of Redis.")

    var_dir = Path(tempfile.mkdtemp(prefix="firelight-soak-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        # Production-like: no debug (which keeps per-request state and would blur the
        # memory figures), e-mail discarded (an in-memory outbox would grow).
        "DEBUG": "false",
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "LOG_LEVEL": "WARNING",
        "FIRELIGHT_VAR_DIR": str(var_dir),
        "DATABASE_URL": fresh_database_url(var_dir, suffix="soak"),
        "PYTHONPATH": str(BACKEND),
        "CACHE_KEY_PREFIX": f"soak-{uuid.uuid4().hex[:8]}",
        # One trusted proxy: each visitor's X-Forwarded-For is its address.
        "NUM_PROXIES": "1",
    }
    manage = [sys.executable, str(BACKEND / "manage.py")]
    log = var_dir / "server.log"
    try:
        subprocess.run([*manage, "migrate", "-v0"], env=env, check=True)
        subprocess.run([*manage, "seed_demo", "-v0"], env=env, check=True)
        with gunicorn(env, log, workers=args.workers) as url:
            site = discover(int(url.rsplit(":", 1)[1]))
            print(
                f"{args.visitors} visitors for {args.warmup:g} s of warm-up and "
                f"{args.duration:g} s measured: {len(site.paths)} pages, "
                f"{len(site.events)} events open for registration"
            )
            ledger, sampler, timing = run(site, args)
        report = {
            "ledger": ledger,
            "sampler": sampler,
            "stored": stored(manage, env),
            "events": site.events,
            **timing,
        }
        ok = verdict(report, args)
        if not ok and log.exists():
            print("\nServer log (last 40 lines):\n" + "\n".join(log.read_text().splitlines()[-40:]))
        return 0 if ok else 1
    finally:
        forget_cache_entries(env)
        drop_database(env["DATABASE_URL"])


if __name__ == "__main__":
    sys.exit(main())
