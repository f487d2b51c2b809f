"""Time what a user of `mkdocs serve` waits for: a save, then the changed page served.

For each size, in a scratch project: `mkdocs build` once with nothing cached and once
cached (the full builds a save must not be slower than), then a real `mkdocs serve`, and
after each change the wall clock from the save to the first HTTP response that shows it:
an override correcting one article's headline (its page), and one article added (its page): by
default an article of the same story that the corpus lacks, so that it is new to the dossier.

    python bench/serve.py                          # 100 and 1,000 articles, 3 runs each
    python bench/serve.py --sizes 63 --runs 5
    python bench/serve.py --no-dirty               # `mkdocs serve`, which builds everything after a save
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import corpus  # noqa: E402
from measure import REPO, environment, run  # noqa: E402

DEFAULT_ARTICLES = REPO.parent / "shared" / "eval" / "corpora" / "scale" / "articles"
DEFAULT_ADDED = REPO.parent / "shared" / "eval" / "corpora" / "polnear-dev" / "articles"
"""Articles on the same story (US election news) that the scale corpus does not hold: one
added is new to the dossier, as a user's next article is, not a copy of one it has."""
POLL_EVERY = 0.05
"""Seconds between two requests for the page a change should show on."""
GIVE_UP_AFTER = 900.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--sizes", default="100,1000", help="comma-separated article counts")
    parser.add_argument("--runs", type=int, default=3, help="changes of each kind per size")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one)")
    parser.add_argument("--added", type=Path, default=DEFAULT_ADDED,
                        help="folder of articles to add one by one while serving (default: %(default)s)")
    parser.add_argument("--dirty", action=argparse.BooleanOptionalAction, default=True,
                        help="serve with --dirty, as the README says (default), or without")
    args = parser.parse_args()
    articles = corpus.read_corpus(args.articles.resolve())
    print(f"machine: {machine()}")
    work = args.work or Path(tempfile.mkdtemp(prefix="dossier-serve-"))
    try:
        for size in (int(s) for s in args.sizes.split(",")):
            project = corpus.make_dossier_project(articles, size, work / f"serve-{size}")
            report(size, measure(project, corpus.read_corpus(args.added.resolve()), args.runs, args.dirty))
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


def measure(project: corpus.Project, new_articles: corpus.Corpus, runs: int, dirty: bool) -> dict:
    """Full builds, then each change made `runs` times while `mkdocs serve` runs."""
    build = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project.config)]
    cold, warm = run(build), run(build)
    figures = {"full build": [cold.seconds], "full build, cached": [warm.seconds],
               "full build, CPU": [cold.cpu_seconds], "full build, cached, CPU": [warm.cpu_seconds], "override edit": [], "article added": [],
               "override edit, CPU": [], "article added, CPU": []}
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", *(["--dirty"] if dirty else []),
                               "-f", str(project.config), "-a", f"127.0.0.1:{port}"],
                              cwd=project.folder, env=environment(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    site = f"http://127.0.0.1:{port}/"
    cpu = ServerCpu(server.pid)
    try:
        started = time.perf_counter()
        dossier = json.loads(wait_for(site + "dossier.json", lambda text: text.startswith("{")))
        figures["first build"] = [time.perf_counter() - started]
        cpu.since_last()
        first = dossier["articles"][0]
        for number in range(runs):
            headline = f"Corrected headline {number} {time.time_ns()}"
            figures["override edit"].append(timed_change(
                lambda: (project.folder / "overrides.yml").write_text(
                    f"articles:\n  {first['source']}:\n    headline: {headline}\n", encoding="utf-8"),
                site + f"articles/{first['id']}/", headline))
            figures["override edit, CPU"].append(cpu.since_last())
        for number in range(runs):
            original = new_articles.files[(len(new_articles.files) // 2 + number) % len(new_articles.files)]
            name = f"added-{number}-{time.time_ns()}-{original.name}"
            figures["article added"].append(timed_change(
                lambda: shutil.copyfile(original, project.folder / "seeds" / name),
                site + "dossier.json", f'"source": "{name}"'))
            # Its page, once the dossier knows its id: served by the same build.
            added = next(a for a in json.loads(fetch(site + "dossier.json"))["articles"] if a["source"] == name)
            wait_for(site + f"articles/{added['id']}/", lambda text: True)
            figures["article added, CPU"].append(cpu.since_last())
    finally:
        server.terminate()
        server.wait()
    return figures


class ServerCpu:
    """Processor seconds `mkdocs serve` has used (Linux: /proc), change by change.

    On a machine doing other work the wall clock of a rebuild swells and this barely moves.
    """

    def __init__(self, pid: int):
        self.stat = Path(f"/proc/{pid}/stat")
        self.last = self.used()

    def used(self) -> float:
        if not self.stat.exists():
            return float("nan")
        fields = self.stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")     # utime + stime

    def since_last(self) -> float:
        now = self.used()
        spent, self.last = now - self.last, now
        return spent


def timed_change(change, url: str, shows: str) -> float:
    """Seconds from the change until url answers with text holding `shows`."""
    time.sleep(1.0)     # the watcher sees a change, not the last one's tail
    start = time.perf_counter()
    change()
    wait_for(url, lambda text: shows in text)
    return time.perf_counter() - start


def wait_for(url: str, done) -> str:
    """The text url answers with, once `done` holds of it."""
    deadline = time.perf_counter() + GIVE_UP_AFTER
    while time.perf_counter() < deadline:
        try:
            text = fetch(url)
            if done(text):
                return text
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(POLL_EVERY)
    raise SystemExit(f"bench: {url} did not show the change in {GIVE_UP_AFTER:.0f} s")


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=GIVE_UP_AFTER) as response:
        return response.read().decode("utf-8")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def machine() -> str:
    """The machine, named: host, processor, cores, Python."""
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    return f"{platform.node()}, {model}, {os.cpu_count()} cores, Python {platform.python_version()}"


def report(size: int, figures: dict) -> None:
    """One line a figure: the median, and every run."""
    print(f"\n{size} articles")
    for name, seconds in figures.items():
        runs = ", ".join(f"{s:.2f}" for s in seconds)
        print(f"  {name:22} {statistics.median(seconds):7.2f} s   ({runs})")


if __name__ == "__main__":
    main()
