"""Headless Chromium for the benchmark scripts, with the Python standard library only.

Drives Debian's chromium through chromedriver's WebDriver HTTP API (and its DevTools pass-through for
CPU and network throttling), and serves a built site on 127.0.0.1 with gzip, as a web server would.
"""
import base64
import gzip
import http.server
import json
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json",
         ".xml": "application/xml", ".jpg": "image/jpeg", ".png": "image/png", ".txt": "text/plain; charset=utf-8",
         ".svg": "image/svg+xml", ".ico": "image/x-icon"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Site:
    """Serves DIR at http://127.0.0.1:PORT/ (folders answer with index.html), gzip when the browser asks for it."""

    def __init__(self, root):
        root = Path(root)

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                path = self.path.split("?", 1)[0]
                file = root / path.lstrip("/")
                if path.endswith("/"):
                    file = file / "index.html"
                status = 200
                if not file.is_file():
                    status, file = 404, root / "404.html"
                body = file.read_bytes()
                self.send_response(status)
                self.send_header("Content-Type", TYPES.get(file.suffix, "application/octet-stream"))
                if "gzip" in self.headers.get("Accept-Encoding", "") and file.suffix in (".html", ".css", ".js", ".json", ".xml"):
                    body = gzip.compress(body, 6)
                    self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def close(self):
        self.server.shutdown()


class Chromium:
    """One headless Chromium session through chromedriver."""

    def __init__(self, width=1280, height=900, mobile=False):
        for tool in (CHROMIUM, CHROMEDRIVER):
            if not os.access(tool, os.X_OK):
                raise SystemExit(f"{tool} is missing: apt-get install -y chromium chromium-driver")
        self.profile = tempfile.mkdtemp(prefix="bantin-chromium-")
        port = free_port()
        self.driver = subprocess.Popen([CHROMEDRIVER, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                self._call("GET", "/status")
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.05)
        args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                f"--user-data-dir={self.profile}", "--hide-scrollbars", "--lang=vi"]
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome",
                                                 "goog:chromeOptions": {"binary": CHROMIUM, "args": args}}}}
        self.session = self._call("POST", "/session", caps)["sessionId"]
        self.cdp("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    def _call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=300) as r:
            return json.loads(r.read() or b"{}").get("value")

    def cmd(self, method, path, body=None):
        return self._call(method, f"/session/{self.session}{path}", body)

    def cdp(self, command, params=None):
        return self.cmd("POST", "/goog/cdp/execute", {"cmd": command, "params": params or {}})

    def get(self, url):
        self.cmd("POST", "/url", {"url": url})

    def run(self, script, *args):
        return self.cmd("POST", "/execute/sync", {"script": script, "args": list(args)})

    def run_async(self, script, *args):
        return self.cmd("POST", "/execute/async", {"script": script, "args": list(args)})

    def type(self, css, text):
        element = self.cmd("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]
        self.cmd("POST", f"/element/{element}/value", {"text": text})

    def screenshot(self, file):
        Path(file).write_bytes(base64.b64decode(self.cmd("GET", "/screenshot")))

    def close(self):
        try:
            self.cmd("DELETE", "")
        finally:
            self.driver.terminate()
            self.driver.wait()
            shutil.rmtree(self.profile, ignore_errors=True)
