"""nginx from Debian's packages in front of several webhook instances, on loopback.

Its configuration, pid file, logs and temporary files all live in one temporary folder,
removed when it stops; it never runs as a service. When started as root (CI), nginx's
workers run as ``nobody``, its default.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

import httpx

from tests.e2e.webhooks import free_port

NGINX = ("/usr/sbin/nginx", "/usr/local/sbin/nginx")

# The shape docs/deploy.md gives, with loopback ports and a throwaway prefix. A post an
# instance could not answer (it died, or refused the connection) is tried on the next one:
# an update handled twice is answered once, so retrying a POST is safe here.
CONFIG = """
worker_processes 1;
daemon off;
pid {home}/nginx.pid;
error_log {home}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {home}/body;
    proxy_temp_path {home}/proxy;
    fastcgi_temp_path {home}/fastcgi;
    uwsgi_temp_path {home}/uwsgi;
    scgi_temp_path {home}/scgi;
    upstream rjbot {{
{servers}
        keepalive 16;
    }}
    server {{
        listen 127.0.0.1:{port};
        location /telegram {{
            proxy_pass http://rjbot;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
            proxy_next_upstream error timeout http_502 http_503 non_idempotent;
            proxy_next_upstream_tries 3;
        }}
    }}
}}
"""


def nginx_binary() -> str:
    found = shutil.which("nginx") or next((p for p in NGINX if Path(p).is_file()), None)
    if found is None:
        raise RuntimeError("nginx is not installed: apt-get install -y nginx")
    return found


class Proxy:
    """``with Proxy([port, ...]) as proxy``: nginx on a free loopback port, ``proxy.url``."""

    def __init__(self, upstreams: list[int], start_timeout: float = 30) -> None:
        self.upstreams = upstreams
        self.port = free_port()
        self.start_timeout = start_timeout
        self._home: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram"

    def start(self) -> None:
        self._home = Path(tempfile.mkdtemp(prefix="rjbot-nginx-"))
        self._home.chmod(0o755)  # workers run as nobody when the master is root
        servers = "\n".join(
            f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;" for p in self.upstreams
        )
        config = self._home / "nginx.conf"
        config.write_text(CONFIG.format(home=self._home, servers=servers, port=self.port))
        log = (self._home / "stderr.log").open("wb")
        self._process = subprocess.Popen(
            [nginx_binary(), "-p", str(self._home), "-c", str(config)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )
        log.close()
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"nginx exited at start:\n{self.log()}")
            try:
                httpx.get(f"http://127.0.0.1:{self.port}/", timeout=2)
                return
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError(f"nginx did not start in {self.start_timeout}s:\n{self.log()}")

    def log(self) -> str:
        if self._home is None:
            return ""
        return "".join(
            p.read_text("utf-8", errors="replace")[-2000:]
            for p in (self._home / "stderr.log", self._home / "error.log")
            if p.exists()
        )

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()  # nginx: fast shutdown
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        home, self._home = self._home, None
        if home is not None:
            shutil.rmtree(home, ignore_errors=True)

    def __enter__(self) -> Proxy:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc is not None and (log := self.log()):
            exc.add_note(f"nginx log:\n{log}")
        self.stop()
