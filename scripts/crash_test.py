#!/usr/bin/env python3
"""Crash-safety check driven by scripts/crash-test.sh (Python 3 standard library only).

Starts `hocvuso serve`, runs concurrent writers that post support sessions with client-generated UUIDs, SIGKILLs the
server several times at random moments and restarts it, retries every write that was not acknowledged (the API is
idempotent by id), then checks in the database that every acknowledged UUID is present exactly once and that
`hocvuso rollups verify` passes. Last, it proves that SIGTERM drains an in-flight request: a request whose body is
still arriving when SIGTERM is sent completes with 200, the session is stored, and the process exits 0.
"""
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

BINARY = os.environ["CRASH_BINARY"]
ENGINE = os.environ["CRASH_ENGINE"]
STORE = os.environ["CRASH_STORE_ARGS"].split()
QUERY = os.environ["CRASH_QUERY"].split("\x1f")  # the command that prints one id per line for a SQL query
WORK = os.environ["CRASH_WORK"]
KILLS = int(os.environ.get("CRASH_KILLS", "4"))
SECONDS = float(os.environ.get("CRASH_SECONDS", "30"))
WRITERS = int(os.environ.get("CRASH_WRITERS", "8"))
COMMUNE = "11131"
USER, PASSWORD = "crash.writer", "Crash-test-pass-2025"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PORT = free_port()
BASE = f"http://127.0.0.1:{PORT}"


class Server:
    def __init__(self):
        self.process = None
        self.log = open(os.path.join(WORK, "server.log"), "ab")

    def start(self):
        self.process = subprocess.Popen([BINARY, "serve", *STORE, "--port", str(PORT), "--insecure-cookies"],
                                        stdout=self.log, stderr=self.log)
        deadline = time.time() + 120
        while time.time() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"server exited with {self.process.returncode} before answering /health (see {WORK}/server.log)")
            try:
                with urllib.request.urlopen(BASE + "/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.1)
        sys.exit("server did not answer /health")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


def post(path, body, token=None, timeout=10):
    request = urllib.request.Request(BASE + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=timeout) as r:
        return r.status, json.loads(r.read())


def login():
    _, answer = post("/api/v1/auth/login", {"username": USER, "password": PASSWORD})
    return answer["token"]


def session(id):
    return {"id": id, "unitCode": COMMUNE, "category": random.choice(["vneid", "payment", "public-services"]),
            "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - random.randint(60, 86400 * 20))),
            "outcome": random.choice(["done", "follow-up"])}


class Ledger:
    """Every UUID sent, and those the server acknowledged (2xx with status created or duplicate)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.acknowledged = set()
        self.pending = {}
        self.requests = self.failures = 0

    def send(self, token, items):
        with self.lock:
            self.requests += 1
            for item in items:
                self.pending[item["id"]] = item
        try:
            status, answer = post("/api/v1/sessions/batch", {"items": items}, token)
        except (OSError, urllib.error.HTTPError, ValueError):
            with self.lock:
                self.failures += 1
            return False
        with self.lock:
            for result in answer.get("results", []):
                if 200 <= status < 300 and result.get("status") in ("created", "duplicate"):
                    self.acknowledged.add(result["id"].lower())
                    self.pending.pop(result["id"].lower(), None)
        return True


def writer(ledger, token, stop):
    while not stop.is_set():
        items = [session(str(uuid.uuid4())) for _ in range(random.randint(1, 4))]
        if not ledger.send(token[0], items):
            time.sleep(0.05)


def drain_check(server, token, ledger):
    """A request in flight when SIGTERM arrives completes with 200; the process then exits 0."""
    id = str(uuid.uuid4())
    body = json.dumps({"items": [session(id)]}).encode()
    head = (f"POST /api/v1/sessions/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Authorization: Bearer {token}\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    connection = socket.create_connection(("127.0.0.1", PORT), timeout=30)
    connection.sendall(head + body[:20])
    time.sleep(0.3)
    server.process.send_signal(signal.SIGTERM)
    time.sleep(1.0)
    alive_while_draining = server.process.poll() is None
    refused = False
    try:
        socket.create_connection(("127.0.0.1", PORT), timeout=2).close()
    except OSError:
        refused = True
    connection.sendall(body[20:])
    response = b""
    while b"\r\n\r\n" not in response or len(response.split(b"\r\n\r\n", 1)[1]) < 10:
        chunk = connection.recv(65536)
        if not chunk:
            break
        response += chunk
    connection.close()
    status_line = response.split(b"\r\n", 1)[0].decode(errors="replace")
    try:
        code = server.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        code = "timeout"
    ok = status_line.startswith("HTTP/1.1 200") and b'"created"' in response and code == 0 and alive_while_draining
    print(f"SIGTERM drain: in-flight request -> {status_line!r}, new connections refused: {refused}, "
          f"exit status {code}: {'OK' if ok else 'FAILED'}")
    if ok:
        ledger.acknowledged.add(id.lower())
    return ok


def stored_ids():
    out = subprocess.run(QUERY + ["SELECT lower(id) FROM support_sessions WHERE commune_code = '11131'"],
                         check=True, capture_output=True, text=True).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


def main():
    random.seed()
    subprocess.run([BINARY, "user", "add", *STORE, "--username", USER, "--password", PASSWORD, "--role",
                    "commune-officer", "--unit", COMMUNE], check=True, stdout=subprocess.DEVNULL)
    before = set(stored_ids())
    server = Server()
    server.start()
    token = [login()]
    ledger = Ledger()
    stop = threading.Event()
    threads = [threading.Thread(target=writer, args=(ledger, token, stop), daemon=True) for _ in range(WRITERS)]
    for t in threads:
        t.start()
    started = time.time()
    # Kill moments: spread over the run, each at a random point of its slice.
    slice_ = SECONDS / (KILLS + 1)
    moments = sorted(random.uniform(slice_ * (k + 0.5), slice_ * (k + 1.5)) for k in range(KILLS))
    kills = 0
    for moment in moments:
        time.sleep(max(0.0, moment - (time.time() - started)))
        server.kill()
        kills += 1
        print(f"  SIGKILL #{kills} at {time.time() - started:.1f} s: {len(ledger.acknowledged)} writes acknowledged so far")
        time.sleep(random.uniform(0.1, 0.5))
        server.start()
    time.sleep(max(0.0, SECONDS - (time.time() - started)))
    stop.set()
    for t in threads:
        t.join()
    # Retry what was never acknowledged: a retried id that was stored comes back "duplicate", never a second row.
    for _ in range(20):
        with ledger.lock:
            pending = list(ledger.pending.values())
        if not pending:
            break
        for i in range(0, len(pending), 50):
            ledger.send(token[0], pending[i:i + 50])
    drained = drain_check(server, token[0], ledger)

    ids = [i for i in stored_ids() if i not in before]
    counts = {}
    for i in ids:
        counts[i] = counts.get(i, 0) + 1
    duplicates = sum(1 for n in counts.values() if n > 1)
    missing = len(ledger.acknowledged - set(counts))
    unacknowledged = len(ledger.pending)
    verify = subprocess.run([BINARY, "rollups", "verify", *STORE], capture_output=True, text=True)
    print(f"engine {ENGINE}: {len(ledger.acknowledged)} writes acknowledged ({ledger.requests} requests, "
          f"{ledger.failures} failed while the server was down), {kills} kills, duplicates = {duplicates}, "
          f"missing = {missing}, still unacknowledged = {unacknowledged}, rows stored = {len(ids)}")
    print(f"rollups verify: {verify.stdout.strip() or verify.stderr.strip()}")
    ok = duplicates == 0 and missing == 0 and unacknowledged == 0 and verify.returncode == 0 and drained \
        and kills == KILLS and len(ledger.acknowledged) > 0
    print("CRASH TEST PASSED" if ok else "CRASH TEST FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
