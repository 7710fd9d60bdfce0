"""``make bench``: the site's performance figures, each against its budget.

Builds two PostgreSQL databases with the demo site, at its normal size and with ten
times the posts, events and supervisors (``seed_demo --scale 10``), serves them with
gunicorn as ``make run`` does (two worker processes) and measures, in one run:

1. resolve against Wagtail's stock API v2 doing the same job (``find`` by path, then
   the page's detail), both uncached and served by the same gunicorn, loaded by wrk
   over loopback; and resolve served from the cache;
2. database queries per resolve for each page type, at 1× and 10× content;
3. resolve, blog index and search latency at 1× and 10× content;
4. the JavaScript, CSS and HTML a first visit downloads (gzipped);
5. Lighthouse (mobile preset) for each page type;
6. API requests made before first paint and by a client-side navigation;
7. publish to live: whether the next request after a publish shows it.

It prints Markdown tables (measured, budget, verdict), writes the figures to
``bench/results/bench.json`` and exits 1 when a budget does not hold.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test make bench
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from e2e.server import (  # noqa: E402
    clone_database,
    drop_database,
    forget_cache_entries,
    fresh_database_url,
    gunicorn,
)

BACKEND = REPO / "backend"
BENCH = REPO / "bench"
DIST = REPO / "frontend" / "dist"
RESULTS = BENCH / "results"
LIGHTHOUSE = BENCH / "lighthouse"

KB = 1024
BUDGETS = {
    "stock_ratio": 3.0,  # resolve throughput ÷ stock find + detail throughput, uncached
    "cached_p50_ms": 2.0,
    "cached_queries": 0,
    "scale_growth": 1.5,
    "entry_js_kb": 80,
    "first_load_js_kb": 80,
    "first_load_css_kb": 15,
    "home_html_kb": 30,
    "lighthouse_performance": 95,
    "lighthouse_other": 100,
    "cls": 0,
    "tbt_ms": 100,
    "api_before_fcp": 0,
    "api_per_navigation": 1,
    "stale_after_publish": 0,
}
# Search results are never cached (they are the live index); its cached figures are
# the uncached ones by design, and it is left out of the cached budgets.
NEVER_CACHED = {"core.SearchPage"}
# Search results are also kept out of search engines (``noindex``), which Lighthouse's
# SEO category counts against them: for these, every other SEO audit must pass.
NEVER_INDEXED = {"core.SearchPage"}
SEARCH_QUERY = "supervision"
NOINDEX = "seo:is-crawlable"


# -- processes ---------------------------------------------------------------------------


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.var_dir = Path(tempfile.mkdtemp(prefix="firelight-bench-"))
        self.prefix = f"bench-{uuid.uuid4().hex[:8]}"
        self.base_env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "firelight_bench.settings",
            "PYTHONPATH": os.pathsep.join([str(BACKEND), str(BENCH)]),
            "FIRELIGHT_VAR_DIR": str(self.var_dir),
            "CACHE_KEY_PREFIX": self.prefix,
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }

    def env(self, database_url: str, cache: str = "redis") -> dict[str, str]:
        env = {**self.base_env, "DATABASE_URL": database_url}
        if cache != "redis":
            env["BENCH_CACHE"] = cache
        return env

    def manage(self, env: dict[str, str], *command: str) -> None:
        subprocess.run([sys.executable, str(BACKEND / "manage.py"), *command], env=env, check=True)

    def python(self, env: dict[str, str], module: str, *args: str) -> dict:
        output = subprocess.run(
            [sys.executable, "-m", module, *args],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            cwd=BACKEND,
        ).stdout
        return json.loads(output.strip().splitlines()[-1])

    def server(self, database_url: str, cache: str):
        """gunicorn serving ``database_url`` as ``make run`` does (``cache``: as in
        ``env``); a context manager yielding its base URL."""
        log = self.var_dir / f"server-{uuid.uuid4().hex[:6]}.log"
        return gunicorn(self.env(database_url, cache), log, workers=self.args.workers)

    def wrk(self, url: str, mix: list[str] | None = None) -> dict:
        """Throughput and latency of ``url`` under load from wrk (keep-alive); with
        ``mix``, of requests cycling through those paths on ``url``'s server."""
        script = "wrk_paths.lua" if mix else "wrk_report.lua"
        output = subprocess.run(
            [
                "wrk",
                "-t1",
                f"-c{self.args.connections}",
                f"-d{self.args.duration}s",
                "--timeout",
                "10s",
                "-s",
                str(BENCH / script),
                url,
                *(["--", *mix] if mix else []),
            ],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "WRK_REPORT": str(BENCH / "wrk_report.lua")},
        ).stdout
        raw = json.loads(output.strip().splitlines()[-1])
        errors = raw["socket_errors"] + raw["http_errors"]
        if errors:
            raise RuntimeError(f"{url}: {errors} failed requests under load")
        return {
            "rps": raw["requests"] / (raw["duration_us"] / 1e6),
            "p50_ms": raw["p50_us"] / 1000,
            "p99_ms": raw["p99_us"] / 1000,
        }

    def warm(self, base: str, paths: dict[str, str]) -> None:
        """Each worker's first requests import code and open connections: keep them
        out of the figures (and, with the cache on, fill it)."""
        for path in paths.values():
            for _ in range(self.args.workers * 2):
                fetch(f"{base}/api/pages/resolve/?path={quote(path)}")
                fetch(base + path)


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url: str, follow: bool = True) -> bytes:
    """The body of ``url``; with ``follow`` false, of the redirect itself."""
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(NoRedirects)
    try:
        with opener.open(url, timeout=60) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        if follow or error.code not in (301, 302):
            raise
        return error.read()


# -- the measurements ----------------------------------------------------------------------


def resolve_url(base: str, path: str) -> str:
    return f"{base}/api/pages/resolve/?path={quote(path)}"


def measure_uncached(bench: Bench, base: str, pages: dict, with_stock: bool) -> dict:
    """Uncached resolve of each page type and, with ``with_stock``, Wagtail's API v2:
    ``find`` (a 302 to the detail URL) and the detail, timed apart and combined: a
    visitor's page costs both, one after the other."""
    figures: dict[str, dict] = {}
    for name, page in pages.items():
        ours = bench.wrk(resolve_url(base, page["path"]))
        row = {"ours": ours}
        if with_stock:
            find_url = f"{base}/api/v2/pages/find/?html_path={quote(page['path'])}"
            detail_url = f"{base}/api/v2/pages/{page['id']}/"
            for _ in range(bench.args.workers * 2):
                fetch(find_url, follow=False)  # a 302 to the detail (on the site's host)
                fetch(detail_url)  # the first one makes its image renditions
            find, detail = bench.wrk(find_url), bench.wrk(detail_url)
            stock = {
                "rps": 1 / (1 / find["rps"] + 1 / detail["rps"]),
                "p50_ms": find["p50_ms"] + detail["p50_ms"],
                "p99_ms": find["p99_ms"] + detail["p99_ms"],
                "find": find,
                "detail": detail,
            }
            row["stock"] = stock
            row["ratio"] = ours["rps"] / stock["rps"]
        figures[name] = row
    figures["search"] = {"ours": bench.wrk(f"{base}/api/search/?q={SEARCH_QUERY}")}
    # A visitor's mix: one page of every type in turn.
    mix = [f"/api/pages/resolve/?path={quote(page['path'])}" for page in pages.values()]
    figures["mixed"] = {"ours": bench.wrk(base + mix[0], mix=mix)}
    return figures


def measure_cached(bench: Bench, base: str, pages: dict) -> dict:
    return {name: bench.wrk(resolve_url(base, page["path"])) for name, page in pages.items()}


def html_weight(base: str) -> int:
    """The home page's HTML document, gzipped as a server or CDN would send it."""
    return len(gzip.compress(fetch(base + "/"), compresslevel=6))


def entry_script_weight() -> int:
    index = (DIST / "index.html").read_text()
    start = index.index('src="/assets/') + len('src="')
    src = index[start : index.index('"', start)]
    return len(gzip.compress((DIST / src.lstrip("/")).read_bytes(), compresslevel=9))


def browser_checks(base: str, paths: dict[str, str]) -> dict:
    output = subprocess.run(
        [sys.executable, str(BENCH / "browser_checks.py"), base, json.dumps(paths)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def lighthouse(base: str, paths: dict[str, str]) -> dict:
    urls = {name: base + path for name, path in paths.items()}
    timing_budgets = {
        "performance": BUDGETS["lighthouse_performance"],
        "tbt_ms": BUDGETS["tbt_ms"],
        "cls": BUDGETS["cls"],
    }
    output = subprocess.run(
        ["node", str(LIGHTHOUSE / "run.mjs"), json.dumps(urls), json.dumps(timing_budgets)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


# -- the report ---------------------------------------------------------------------------


class Report:
    def __init__(self) -> None:
        self.sections: list[tuple[str, list[str], list[list[str]]]] = []
        self.failures: list[str] = []

    def section(self, title: str, header: list[str]) -> Callable[[list[str]], None]:
        rows: list[list[str]] = []
        self.sections.append((title, header, rows))
        return rows.append

    def check(self, ok: bool, what: str) -> str:
        if not ok:
            self.failures.append(what)
        return "✅" if ok else "❌"

    def markdown(self) -> str:
        out = []
        for title, header, rows in self.sections:
            out += [f"### {title}", "", "| " + " | ".join(header) + " |"]
            out.append("|" + "|".join("---" for _ in header) + "|")
            out += ["| " + " | ".join(row) + " |" for row in rows]
            out.append("")
        verdict = (
            "All budgets hold."
            if not self.failures
            else f"{len(self.failures)} budget(s) missed: " + "; ".join(self.failures)
        )
        return "\n".join([*out, verdict])


def ms(value: float) -> str:
    return f"{value:.1f} ms" if value >= 10 else f"{value:.2f} ms"


LIGHTHOUSE_COLUMNS = [
    *("page type", "Perf (≥ 95)", "A11y", "BP", "SEO"),
    *("CLS (0)", "TBT (≤ 100 ms)", "FCP", "LCP"),
]


def report_tables(results: dict) -> Report:
    report = Report()
    pages, b = results["pages"], BUDGETS
    uncached, cached = results["uncached_1x"], results["cached_1x"]
    add = report.section(
        "1. Resolve against Wagtail API v2 (find + detail), uncached; resolve from the cache",
        [
            "page type",
            "resolve req/s",
            "p50 / p99",
            "API v2 pages/s",
            "p50 / p99",
            f"ratio (≥ {b['stock_ratio']:.0f}×)",
            f"cached p50 (< {b['cached_p50_ms']:.0f} ms)",
            "cached req/s",
            "cached ÷ API v2",
        ],
    )
    for name in pages:
        ours, stock, hot = uncached[name]["ours"], uncached[name]["stock"], cached[name]
        ratio = uncached[name]["ratio"]
        cached_cell = f"{ms(hot['p50_ms'])} (never cached)"
        if name not in NEVER_CACHED:
            ok = report.check(hot["p50_ms"] < b["cached_p50_ms"], f"cached p50 of {name}")
            cached_cell = f"{ms(hot['p50_ms'])} {ok}"
        add(
            [
                name,
                f"{ours['rps']:.0f}",
                f"{ms(ours['p50_ms'])} / {ms(ours['p99_ms'])}",
                f"{stock['rps']:.0f}",
                f"{ms(stock['p50_ms'])} / {ms(stock['p99_ms'])}",
                f"{ratio:.1f}× {report.check(ratio >= b['stock_ratio'], f'ratio of {name}')}",
                cached_cell,
                f"{hot['rps']:.0f}",
                f"{hot['rps'] / stock['rps']:.0f}×",
            ]
        )

    add = report.section(
        "2. Database queries per resolve (renditions made at publish time), and the time of one"
        " uncached load in process beside the stock path's",
        [
            "page type",
            "path",
            "uncached 1×",
            "uncached 10×",
            "identical",
            "cached (0)",
            "API v2 find + detail",
            "in process: ours (database)",
            "API v2 (database)",
            "⅓ of API v2",
        ],
    )
    for name, page in pages.items():
        scaled = results["queries_10x"][name]
        same = report.check(page["uncached"] == scaled["uncached"], f"query count of {name}")
        if name in NEVER_CACHED:
            hot = f"{page['cached']} (never cached)"
        else:
            ok = page["cached"] == b["cached_queries"]
            hot = f"{page['cached']} {report.check(ok, f'cached queries of {name}')}"
        ours, theirs = page["time"], page["stock_time"]
        add(
            [
                name,
                page["path"],
                str(page["uncached"]),
                str(scaled["uncached"]),
                same,
                hot,
                str(page["stock"]),
                f"{ms(ours['ms'])} ({ms(ours['database_ms'])})",
                f"{ms(theirs['ms'])} ({ms(theirs['database_ms'])})",
                ms(theirs["ms"] / 3),
            ]
        )

    add = report.section(
        "3. Latency with ten times the content (uncached p50 under load)",
        ["what", "1×", "10×", f"growth (< {b['scale_growth']}×)"],
    )
    budgeted = [
        ("mixed", "resolve: one page of every type in turn, p50"),
        ("blog.BlogIndexPage", "blog index (/blog/)"),
        ("search", f"search (/api/search/?q={SEARCH_QUERY})"),
    ]
    mixed_one, mixed_ten = uncached["mixed"]["ours"], results["uncached_10x"]["mixed"]["ours"]
    growth = mixed_one["rps"] / mixed_ten["rps"]
    ok = report.check(growth < b["scale_growth"], "growth of the mixed resolve mean")
    add(
        [
            "**resolve: one page of every type in turn, mean (from requests/s)**",
            f"{mixed_one['rps']:.0f} req/s",
            f"{mixed_ten['rps']:.0f} req/s",
            f"{growth:.2f}× {ok}",
        ]
    )
    others = [(name, name) for name in pages if name not in dict(budgeted)]
    for key, label in budgeted + others:
        one, ten = uncached[key]["ours"]["p50_ms"], results["uncached_10x"][key]["ours"]["p50_ms"]
        growth = ten / one
        if (key, label) in budgeted:
            ok = report.check(growth < b["scale_growth"], f"growth of {label}")
            label = f"**{label}**"
        else:
            # Each page type on its own, for information: a listing of every supervisor
            # (the team directory, a location) grows with the team by design.
            ok = "" if growth < b["scale_growth"] else "⚠️ (information)"
        add([label, ms(one), ms(ten), f"{growth:.2f}× {ok}"])

    weights = results["weights"]
    add = report.section("4. Weight of a first visit (gzipped)", ["what", "measured", "budget", ""])
    for label, key, budget in (
        ("entry JavaScript", "entry_js_bytes", "entry_js_kb"),
        ("home page HTML document", "home_html_bytes", "home_html_kb"),
    ):
        size = weights[key] / KB
        ok = report.check(size <= b[budget], label)
        add([label, f"{size:.1f} KB", f"≤ {b[budget]} KB", ok])
    for name, load in results["browser"].items():
        js, css = load["js_gzip_bytes"] / KB, load["css_gzip_bytes"] / KB
        ok_js = report.check(js <= b["first_load_js_kb"], f"first-load JS of {name}")
        ok_css = report.check(css <= b["first_load_css_kb"], f"first-load CSS of {name}")
        add(
            [
                f"{name}: all JS / all CSS of the first load ({len(load['scripts'])} scripts)",
                f"{js:.1f} KB / {css:.1f} KB",
                f"≤ {b['first_load_js_kb']} KB / ≤ {b['first_load_css_kb']} KB",
                f"{ok_js} {ok_css}",
            ]
        )

    add = report.section(
        "5. Lighthouse, mobile preset",
        LIGHTHOUSE_COLUMNS,
    )
    for name, lh in results["lighthouse"].items():

        def score(category: str, minimum: int, lh: dict = lh, name: str = name) -> str:
            if category == "seo" and name in NEVER_INDEXED:
                others = [a for a in lh["failing"] if a.startswith("seo:") and a != NOINDEX]
                ok = report.check(not others, f"Lighthouse SEO audits of {name}")
                return f"{lh[category]} (noindex by design; other audits pass {ok})"
            ok = report.check(lh[category] >= minimum, f"Lighthouse {category} of {name}")
            return f"{lh[category]} {ok}"

        add(
            [
                name,
                score("performance", b["lighthouse_performance"]),
                score("accessibility", b["lighthouse_other"]),
                score("best-practices", b["lighthouse_other"]),
                score("seo", b["lighthouse_other"]),
                f"{lh.get('cls', 1):.3f} "
                + report.check(lh.get("cls", 1) <= b["cls"], f"CLS of {name}"),
                f"{lh.get('tbt_ms', 1e9):.0f} ms "
                + report.check(lh.get("tbt_ms", 1e9) <= b["tbt_ms"], f"TBT of {name}"),
                ms(lh.get("fcp_ms", 0)),
                ms(lh.get("lcp_ms", 0)),
            ]
        )

    add = report.section(
        "6. API requests",
        [
            "page type",
            "before first paint (0)",
            "loading the page on a client navigation (1)",
            "after it has painted",
        ],
    )
    for name, load in results["browser"].items():
        before, navigation = load["api_requests_before_fcp"], load["api_requests_client_navigation"]
        add(
            [
                name,
                ("no paint!" if before is None else str(before))
                + " "
                + report.check(before == b["api_before_fcp"], f"API before FCP of {name}"),
                f"{navigation} "
                + report.check(navigation == b["api_per_navigation"], f"navigation of {name}"),
                ", ".join(load["api_requests_after_navigation"]) or "—",
            ]
        )

    publish = results["publish"]
    add = report.section("7. Publish to live", ["what", "measured", "budget", ""])
    stale = publish["stale_responses"]
    add(
        [
            f"stale answers on the first resolve and HTML request after each of "
            f"{publish['rounds']} publishes",
            str(stale),
            "0 (the next request)",
            report.check(stale == b["stale_after_publish"], "publish to live"),
        ]
    )
    add(
        [
            "publish to both fresh answers (slowest round)",
            ms(publish["publish_to_live_ms_max"]),
            "—",
            "",
        ]
    )
    return report


# -- the run --------------------------------------------------------------------------------


def preflight() -> str | None:
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        return "Set DATABASE_URL to a PostgreSQL server: the benchmarks measure PostgreSQL."
    if not os.environ.get("REDIS_URL", "").startswith("redis"):
        return "Set REDIS_URL to a Redis server: the cached figures measure Redis."
    if not shutil.which("wrk"):
        return "wrk is missing: `make bench` installs it (Debian package wrk)."
    if not (DIST / "index.html").exists():
        return "The frontend is not built: `make bench` builds it."
    if not (LIGHTHOUSE / "node_modules" / "lighthouse").exists():
        return "Lighthouse is missing: `make bench` installs it into bench/lighthouse."
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=2, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=2, help="wrk connections")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--scale", type=int, default=10, help="content factor for 2. and 3.")
    args = parser.parse_args()
    problem = preflight()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    bench = Bench(args)
    started = time.monotonic()

    def step(message: str) -> None:
        print(f"[{time.monotonic() - started:5.0f} s] {message}", file=sys.stderr, flush=True)

    results: dict = {"budgets": BUDGETS, "started_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    normal = fresh_database_url(bench.var_dir, suffix="bench")
    scaled = None
    try:
        step("seeding the demo site")
        bench.manage(bench.env(normal), "migrate", "--no-input", "-v0")
        bench.manage(bench.env(normal), "seed_demo", "-v0")
        scaled = clone_database(normal, f"x{args.scale}")
        step(f"seeding {args.scale}× the content")
        bench.manage(bench.env(scaled), "seed_demo", "-v0", "--scale", str(args.scale))
        for url in (normal, scaled):
            analyze(url)

        step("counting queries")
        counter = "firelight_bench.queries"
        pages = bench.python(bench.env(normal, "memory"), counter)["types"]
        results["pages"] = pages
        results["queries_10x"] = bench.python(bench.env(scaled, "memory"), counter)["types"]
        paths = {name: page["path"] for name, page in pages.items()}

        step("uncached: resolve and Wagtail API v2")
        with bench.server(normal, "off") as base:
            bench.warm(base, paths)
            results["uncached_1x"] = measure_uncached(bench, base, pages, with_stock=True)
        step(f"uncached, {args.scale}× content")
        with bench.server(scaled, "off") as base:
            bench.warm(base, paths)
            results["uncached_10x"] = measure_uncached(bench, base, pages, with_stock=False)

        step("cached resolve, weight, requests, publish to live")
        with bench.server(normal, "redis") as base:
            bench.warm(base, paths)
            results["cached_1x"] = measure_cached(bench, base, pages)
            results["weights"] = {
                "entry_js_bytes": entry_script_weight(),
                "home_html_bytes": html_weight(base),
            }
            results["browser"] = browser_checks(base, paths)
            results["publish"] = bench.python(
                bench.env(normal), "firelight_bench.publish", base, blog_post_path(pages)
            )
            step("Lighthouse")
            bench.warm(base, paths)  # the publishes above emptied the cache
            results["lighthouse"] = lighthouse(base, paths)
    finally:
        forget_cache_entries(bench.base_env)
        for url in (normal, scaled):
            if url:
                drop_database(url)
        shutil.rmtree(bench.var_dir, ignore_errors=True)

    report = report_tables(results)
    results["seconds"] = round(time.monotonic() - started)
    results["failures"] = report.failures
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench.json").write_text(json.dumps(results, indent=2) + "\n")
    (RESULTS / "bench.md").write_text(report.markdown() + "\n")
    print(report.markdown())
    step(f"done; figures in {(RESULTS / 'bench.json').relative_to(REPO)}")
    return 1 if report.failures else 0


def analyze(database_url: str) -> None:
    """Give PostgreSQL's planner the statistics a live site's autovacuum would have
    gathered: a just-seeded database has none, and plans for both APIs would be
    guesses."""
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute("ANALYZE")


def blog_post_path(pages: dict) -> str:
    return pages["blog.BlogPage"]["path"]


if __name__ == "__main__":
    sys.exit(main())
