"""Load test of form submissions: many visitors send the contact form at the same
moment, against gunicorn on PostgreSQL, and every acknowledged submission must be
stored exactly once.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test \\
        .venv/bin/python bench/forms_load.py --submissions 1000

A tenth of the visitors "retry": they send their submission a second time with the same
Idempotency-Key, as the SPA does after a dropped connection. The run fails (exit 1)
when an acknowledged submission is missing or stored twice, or any answer is a 5xx.
Rate limits are raised for the run (one address sends everything). A JSON report is
written to ``bench/results/forms_load.json``.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from e2e.server import fresh_database_url, gunicorn  # noqa: E402

BACKEND = REPO / "backend"
RESULTS = REPO / "bench" / "results"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--submissions", type=int, default=1000)
    parser.add_argument("--retry-share", type=float, default=0.1)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        print("Set DATABASE_URL to a PostgreSQL server (the load test measures PostgreSQL).")
        return 2

    var_dir = Path(tempfile.mkdtemp(prefix="firelight-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "FIRELIGHT_VAR_DIR": str(var_dir),
        "DATABASE_URL": fresh_database_url(var_dir, suffix="bench"),
        "PYTHONPATH": str(BACKEND),
        "CACHE_KEY_PREFIX": f"bench-{uuid.uuid4().hex[:8]}",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "FIRELIGHT_FORM_RATE": "1000000/min",
        "FIRELIGHT_FORM_SITE_RATE": "1000000/min",
    }
    manage = [sys.executable, str(BACKEND / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True)
    subprocess.run([*manage, "seed_demo", "-v0"], env=env, check=True)
    options = ("--worker-class", "gthread", "--threads", str(args.threads), "--backlog", "4096")
    with gunicorn(env, var_dir / "server.log", workers=args.workers, options=options) as url:
        report = run(int(url.rsplit(":", 1)[1]), args)
        report["stored"] = stored_submissions(manage, env)
        return verdict(report, args)


def request(port: int, method: str, path: str, body: bytes | None, headers: dict) -> tuple:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.read(), response.getheader("Set-Cookie") or ""
    finally:
        connection.close()


def run(port: int, args) -> dict:
    _status, body, _ = request(
        port, "GET", "/api/pages/resolve/?path=/contact/", None, {"Accept": "application/json"}
    )
    form = json.loads(body)
    _, body, cookie = request(port, "GET", "/api/csrf/", None, {})
    token = json.loads(body)["token"]
    csrf_cookie = cookie.split(";", 1)[0]
    consent = next(f["name"] for f in form["fields"] if f["type"] == "checkbox")

    count = args.submissions
    retrying = set(range(0, count, max(1, round(1 / args.retry_share))))
    barrier = threading.Barrier(count)
    results: list[dict] = [{} for _ in range(count)]

    def visitor(n: int) -> None:
        marker = f"load-{n:05d}-{uuid.uuid4().hex[:6]}"
        payload = json.dumps(
            {
                "your_name": f"Visitor {n}",
                "e_mail": f"visitor{n}@example.com",
                "topic": "Supervision",
                "message": f"Load test message {marker}",
                consent: True,
                "website": "",
            }
        ).encode()
        headers = {
            "Content-Type": "application/json",
            "Accept": "application/json",
            "Idempotency-Key": str(uuid.uuid4()),
            "X-CSRFToken": token,
            "Cookie": csrf_cookie,
            "Origin": f"http://127.0.0.1:{port}",
        }
        barrier.wait()
        answers = []
        for _attempt in range(2 if n in retrying else 1):
            started = time.perf_counter()
            try:
                status, body, _ = request(port, "POST", form["submit_path"], payload, headers)
                answer = json.loads(body) if status < 500 else {}
            except (OSError, http.client.HTTPException, json.JSONDecodeError) as error:
                status, answer = 0, {"error": str(error)}
            answers.append(
                {
                    "status": status,
                    "id": answer.get("id"),
                    "ms": (time.perf_counter() - started) * 1000,
                }
            )
        results[n] = {"marker": marker, "answers": answers}

    started = time.perf_counter()
    threads = [threading.Thread(target=visitor, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"results": results, "wall_s": time.perf_counter() - started}


def stored_submissions(manage: list[str], env: dict) -> dict[str, list[int]]:
    """Stored submission ids by load-test marker, read from the database."""
    code = (
        "import json, re\n"
        "from forms.models import LeadSubmission\n"
        "found = {}\n"
        "for pk, data in LeadSubmission.objects.values_list('pk', 'form_data'):\n"
        "    m = re.search(r'load-\\d+-\\w+', data.get('message', ''))\n"
        "    if m: found.setdefault(m.group(0), []).append(pk)\n"
        "print(json.dumps(found))\n"
    )
    output = subprocess.run(
        [*manage, "shell", "-c", code], env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def verdict(report: dict, args) -> int:
    stored = report["stored"]
    statuses = Counter(a["status"] for r in report["results"] for a in r["answers"])
    latencies = sorted(a["ms"] for r in report["results"] for a in r["answers"])
    acknowledged = missing = duplicated = inconsistent = 0
    for result in report["results"]:
        ids = {a["id"] for a in result["answers"] if a["status"] == 201}
        rows = stored.get(result["marker"], [])
        if len(rows) > 1:
            duplicated += 1
        if ids:
            acknowledged += 1
            if not rows:
                missing += 1
            elif ids != {rows[0]}:
                inconsistent += 1
    figures = {
        "submissions": args.submissions,
        "retried_with_same_key": sum(len(r["answers"]) > 1 for r in report["results"]),
        "requests": sum(statuses.values()),
        "statuses": dict(sorted(statuses.items())),
        "acknowledged": acknowledged,
        "stored": sum(len(rows) for rows in stored.values()),
        "missing": missing,
        "stored_twice": duplicated,
        "id_mismatch": inconsistent,
        "wall_s": round(report["wall_s"], 2),
        "p50_ms": round(statistics.median(latencies), 1),
        "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1], 1),
        "throughput_rps": round(sum(statuses.values()) / report["wall_s"], 1),
    }
    server_errors = sum(n for status, n in statuses.items() if status >= 500 or status == 0)
    ok = (
        missing == duplicated == inconsistent == server_errors == 0
        and figures["stored"] == acknowledged
    )
    figures["verdict"] = "pass" if ok else "FAIL"
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "forms_load.json").write_text(json.dumps(figures, indent=2) + "\n")
    width = max(len(name) for name in figures)
    for name, value in figures.items():
        print(f"{name.ljust(width)}  {value}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
