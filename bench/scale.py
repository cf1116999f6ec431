"""Scale-out on loopback: app replicas (uvicorn, ``python -m app serve``) behind nginx (deploy/nginx.conf) on
PostgreSQL. ``python bench/scale.py [seconds]`` prints throughput through nginx for one and for two replicas.

The same machinery runs the scale-out test (tests/robustness/test_scale_out.py): :class:`Cluster` starts
replicas and nginx, restarts replicas one at a time, and stops everything it started.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: bench.* and app.* import from the checkout
    sys.path.insert(0, str(ROOT))
NGINX_CONF = ROOT / "deploy" / "nginx.conf"
TOKEN = "scale-admin-token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)


def render_nginx(ports: list[int], listen: int, workdir: Path) -> Path:
    """deploy/nginx.conf with loopback replicas and port, inside a minimal main config of its own."""
    site = NGINX_CONF.read_text()
    servers = "\n    ".join(f"server 127.0.0.1:{p} max_fails=0;" for p in ports)
    site = site.replace("server app:8000 max_fails=0;", servers)
    site = site.replace("listen 80;", f"listen 127.0.0.1:{listen};")
    # The load comes from one address here: the per-address limits are raised for the test, not removed.
    site = site.replace("limit_conn per_ip_conn 20;", "limit_conn per_ip_conn 1000;")
    site = site.replace("rate=50r/s", "rate=100000r/s").replace("burst=100", "burst=100000")
    for sub in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (workdir / sub).mkdir(exist_ok=True)
    main = f"""
worker_processes 1;
pid {workdir}/nginx.pid;
error_log {workdir}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {workdir}/client_body;
    proxy_temp_path {workdir}/proxy;
    fastcgi_temp_path {workdir}/fastcgi;
    uwsgi_temp_path {workdir}/uwsgi;
    scgi_temp_path {workdir}/scgi;
{site}
}}
"""
    path = workdir / "nginx.conf"
    path.write_text(main)
    return path


def _wait_healthy(url: str, seconds: float = 300) -> None:
    """Wait for a replica's /healthz. A served process builds the news reader before it listens (WARM_READER,
    ~5 s on a quiet core), so on a loaded machine (two cores shared with a test run) a start can take a minute."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"{url} did not become healthy")


@dataclass
class Cluster:
    database_url: str
    replicas: int = 2
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="treatyexit-scale-")))
    ports: list[int] = field(default_factory=list)
    processes: list[subprocess.Popen[bytes] | None] = field(default_factory=list)
    nginx: subprocess.Popen[bytes] | None = None
    url: str = ""

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "DATABASE_URL": self.database_url, "ADMIN_TOKEN": TOKEN, "LOG_LEVEL": "WARNING"}

    def prepare_database(self) -> None:
        for step in (["db", "upgrade"], ["db", "seed"]):
            subprocess.run(
                [sys.executable, "-m", "app", *step], cwd=ROOT, env=self.env, check=True, capture_output=True
            )

    def _start_replica(self, index: int, wait: bool = True) -> None:
        with (self.workdir / f"replica-{index}.log").open("ab") as log:
            self.processes[index] = subprocess.Popen(
                [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(self.ports[index])],
                cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        if wait:
            _wait_healthy(f"http://127.0.0.1:{self.ports[index]}")

    def start(self) -> Cluster:
        binary = nginx_binary()
        if binary is None:
            raise RuntimeError("nginx is not installed")
        self.ports = [free_port() for _ in range(self.replicas)]
        self.processes = [None] * self.replicas
        for index in range(self.replicas):  # started together, then waited for
            self._start_replica(index, wait=False)
        for url in self.replica_urls():
            _wait_healthy(url)
        listen = free_port()
        conf = render_nginx(self.ports, listen, self.workdir)
        with (self.workdir / "nginx.out").open("ab") as out:
            self.nginx = subprocess.Popen(
                [binary, "-c", str(conf), "-p", str(self.workdir), "-g", "daemon off;"],
                stdout=subprocess.DEVNULL, stderr=out,
            )  # fmt: skip
        self.url = f"http://127.0.0.1:{listen}"
        _wait_healthy(self.url)
        return self

    def replica_urls(self) -> list[str]:
        return [f"http://127.0.0.1:{p}" for p in self.ports]

    def restart(self, index: int) -> None:
        """Stop one replica gracefully (SIGTERM: in-flight requests finish) and start it again."""
        process = self.processes[index]
        assert process is not None
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        self._start_replica(index)

    def stop(self) -> None:
        for process in [*self.processes, self.nginx]:
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


@dataclass
class Load:
    """Assessments (reads) and record creations (writes, each with its own Idempotency-Key, repeated on 502/503 or
    a lost connection as a client should) through nginx from ``threads`` threads until ``stop`` is set."""

    url: str
    threads: int = 8
    write_every: int = 10
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    acknowledged: dict[str, int] = field(default_factory=dict)  # Idempotency-Key -> record id
    rules_versions: set[str] = field(default_factory=set)
    stop: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _day: int = 0
    _answered: int = 0  # requests answered or given up on

    def _next_day(self) -> str:
        with self._lock:
            self._day += 1
            day = self._day
        return (dt.date(2026, 1, 1) + dt.timedelta(days=day)).isoformat()

    def _send(self, client: httpx.Client, method: str, path: str, **kw: object) -> httpx.Response | None:
        for _attempt in range(6):
            try:
                response = client.request(method, path, **kw)  # type: ignore[arg-type]
            except httpx.TransportError as exc:
                last = f"{method} {path}: {type(exc).__name__}"
                time.sleep(0.2)
                continue
            if response.status_code in (502, 503):
                last = f"{method} {path}: {response.status_code}"
                time.sleep(0.2)
                continue
            with self._lock:
                self._answered += 1
            return response
        with self._lock:
            self._answered += 1
            self.failures.append(last)
        return None

    def worker(self, seed: int) -> None:
        with httpx.Client(base_url=self.url, timeout=10) as client:
            n = 0
            while not self.stop.is_set():
                n += 1
                if n % self.write_every == 0:
                    key = str(uuid.uuid4())
                    body = {"state": "FIN", "treaty": "apmbc", "received_on": self._next_day(),
                            "source_url": "https://example.org/scale"}  # fmt: skip
                    headers = {"Authorization": f"Bearer {TOKEN}", "Idempotency-Key": key}
                    response = self._send(client, "POST", "/v1/withdrawals", json=body, headers=headers)
                    if response is not None:
                        self.outcomes[f"write {response.status_code}"] += 1
                        if response.status_code == 201:
                            self.acknowledged[key] = response.json()["id"]
                        else:
                            self.failures.append(f"write {response.status_code}: {response.text[:200]}")
                else:
                    day = (seed * 7919 + n) % 3000
                    query = {
                        "treaty": "ccm",
                        "state": "LTU",
                        "notification_date": f"{2010 + day // 300}-01-{day % 28 + 1:02d}",
                    }
                    response = self._send(client, "POST", "/v1/assessments", json=query)
                    if response is not None:
                        self.outcomes[f"read {response.status_code}"] += 1
                        if response.status_code == 200:
                            self.rules_versions.add(response.json()["rules_version"])
                        else:
                            self.failures.append(f"read {response.status_code}: {response.text[:200]}")

    def answered(self) -> int:
        with self._lock:
            return self._answered

    def wait_for(self, requests: int, seconds: float = 60) -> None:
        """Block until ``requests`` more requests have been answered (or given up on) than now."""
        target = self.answered() + requests
        deadline = time.monotonic() + seconds
        while self.answered() < target:
            if time.monotonic() > deadline:
                raise RuntimeError(f"the load did not reach {requests} more requests in {seconds} s")
            time.sleep(0.02)

    def run(self, during: Callable[[], None]) -> None:
        workers = [threading.Thread(target=self.worker, args=(i,)) for i in range(self.threads)]
        for thread in workers:
            thread.start()
        try:
            during()
        finally:
            self.stop.set()
            for thread in workers:
                thread.join(timeout=30)


def throughput(cluster: Cluster, seconds: float) -> float:
    """Assessments per second through nginx: wrk (2 threads, 64 connections) when installed, else Python threads."""
    if shutil.which("wrk") is None:
        load = Load(cluster.url, threads=16, write_every=1_000_000)
        started = time.perf_counter()
        load.run(lambda: time.sleep(seconds))
        return sum(load.outcomes.values()) / (time.perf_counter() - started)
    from app.rulebook import load_rulebook
    from bench.http_bench import LUA, parse
    from bench.queries import assessment_queries, open_treaties

    bodies = cluster.workdir / "bodies.txt"
    queries = assessment_queries(open_treaties(load_rulebook()), 1_000)
    bodies.write_text("\n".join(json.dumps(q) for q in queries) + "\n")
    script = cluster.workdir / "assess.lua"
    script.write_text(LUA % (bodies, "/v1/assessments"))
    command = ["wrk", "-t2", "-c64", f"-d{seconds:.0f}s", "--latency", "-s", str(script), cluster.url]
    subprocess.run([*command[:3], "-d2s", *command[4:]], capture_output=True, check=True)  # warm
    return parse(subprocess.run(command, capture_output=True, text=True, check=True).stdout)["rps"]


def main() -> None:
    """Each run in a fresh database on the server of ``SCALE_ADMIN_URL`` (default: the local one), dropped after."""
    import psycopg

    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    admin = os.environ.get("SCALE_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/test")
    for replicas in (1, 2):
        name = f"treatyexit_scale_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        cluster = Cluster(admin.rsplit("/", 1)[0] + "/" + name, replicas=replicas)
        try:
            cluster.prepare_database()
            cluster.start()
            rate = throughput(cluster, seconds)
        finally:
            cluster.stop()
            with psycopg.connect(admin, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        what = "wrk 2 threads, 64 connections, 1,000 distinct questions"
        print(f"{replicas} replica(s) behind nginx: {rate:,.0f} assessments/s ({seconds:.0f} s, {what})")


if __name__ == "__main__":
    main()
