#!/usr/bin/python3
"""Hongyan against msmtp, swaks, curl and smtplib, side by side in one run (issue #11).

Run through run-benchmarks.sh, which builds what this needs. Every tool sends to the same
TLS SMTP sink (smtpsink) on loopback with implicit TLS, a certificate from a test CA and
AUTH PLAIN; every tool is measured the same way, as a child process whose wall time, CPU
time (user + system) and peak RSS come from wait4(); runs of different tools alternate so
that a change of load hits all of them alike. Figures are medians of --runs runs; ratios
are taken between tools of the same run. The results go to a markdown file (RESULTS.md).
"""

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

USER = "bench"
PASSWORD = "Hongyan-bench-2026"
PASSWORD_ENV = "HONGYAN_BENCH_PASSWORD"
SENDER = "sender@example.com"
ONE = ["rcpt1@example.com"]
TEN = [f"rcpt{i}@example.com" for i in range(1, 11)]
PROXY_DELAY_MS = 50
MB = 1_000_000


QT_FLOOR = "Qt TLS floor (connect, greeting, QUIT)"


def log(*args):
    print(*args, file=sys.stderr, flush=True)


@dataclass
class Run:
    wall: float
    cpu: float
    rss_kb: int
    status: int
    output: str
    stats: dict = field(default_factory=dict)
    min_bytes: int = 0

    @property
    def ok(self):
        """Exit status 0, and the server got one whole message (min_bytes None: no message
        is expected)."""
        if self.min_bytes is None:
            return self.status == 0
        return (self.status == 0 and self.stats.get("messages") == 1
                and self.stats.get("bodyBytes", 0) >= self.min_bytes)


def measure(benchrun, command, stdin_path=None):
    """Runs command once through benchrun: wall, CPU and peak RSS of the command alone."""
    env = dict(os.environ, **{PASSWORD_ENV: PASSWORD})
    with open(stdin_path or os.devnull, "rb") as stdin, tempfile.TemporaryFile() as out, \
            tempfile.NamedTemporaryFile("r") as result:
        subprocess.run([benchrun, result.name] + command, stdin=stdin, stdout=out,
                       stderr=subprocess.STDOUT, env=env, check=True)
        wall_us, cpu_us, rss_kb, status = (int(x) for x in result.read().split())
        out.seek(0)
        text = out.read()[-4000:].decode("utf-8", "replace")
    return Run(wall_us / 1e6, cpu_us / 1e6, rss_kb, status, text)


class Background:
    """A helper process that prints "port N" when ready; stopped by its PID."""

    def __init__(self, command, log_path):
        self.log_path = log_path
        self.stdout = open(log_path, "w+")
        self.process = subprocess.Popen(command, stdout=self.stdout, stderr=subprocess.DEVNULL)
        self.offset = 0
        deadline = time.monotonic() + 20
        self.port = None
        while self.port is None:
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError(f"{command[0]} did not start: see {log_path}")
            time.sleep(0.05)
            for line in self.lines():
                if line.startswith("port "):
                    self.port = int(line.split()[1])

    def lines(self):
        """Complete lines printed since the last call (the last one may be half written)."""
        with open(self.log_path, "rb") as f:
            f.seek(self.offset)
            text = f.read()
        complete = text[:text.rfind(b"\n") + 1]
        self.offset += len(complete)
        return complete.decode().splitlines()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.stdout.close()


class Sink(Background):
    def __init__(self, binary, certs, log_path, chunking=False, turn_gap_ms=0):
        command = [binary, "--cert", f"{certs}/server.pem", "--key", f"{certs}/server.key",
                   "--user", USER, "--password", PASSWORD, "--lifetime", "7200",
                   "--turn-gap-ms", str(turn_gap_ms)]
        if chunking:
            command.append("--chunking")
        super().__init__(command, log_path)
        self.stats = []

    def next_stats(self, timeout=10.0):
        """The statistics of the next connection that closed."""
        deadline = time.monotonic() + timeout
        while not self.stats and time.monotonic() < deadline:
            for line in self.lines():
                if line.startswith("{"):
                    self.stats.append(json.loads(line))
            if not self.stats:
                time.sleep(0.01)
        return self.stats.pop(0) if self.stats else {}


class Tools:
    """The command line of each tool for each kind of send, all alike: implicit TLS to
    localhost (the certificate names it), the test CA as the only extra trust, AUTH PLAIN."""

    def __init__(self, cli, ca, work, smtplib_script):
        self.cli = cli
        self.ca = ca
        self.work = work
        self.smtplib_script = smtplib_script
        self.msmtp_configs = {}

    def hongyan(self, port, recipients, eml=None, attach=None):
        command = [self.cli, "send", "--server", "localhost", "--port", str(port),
                   "--security", "tls", "--ca-file", self.ca, "--user", USER,
                   "--password-env", PASSWORD_ENV]
        for r in recipients:
            command += ["--to", r]
        if eml:
            return command + ["--eml", eml]
        return command + ["--from", SENDER, "--subject", "Benchmark attachment",
                          "--body", "See the attachment.", "--attach", attach]

    def curl(self, port, recipients, eml=None, attach=None):
        # --sasl-ir sends AUTH PLAIN with its response (one round trip, as the others do).
        command = ["curl", "-sS", "--sasl-ir", "--url", f"smtps://localhost:{port}",
                   "--mail-from", SENDER, "--user", f"{USER}:{PASSWORD}", "--cacert", self.ca]
        for r in recipients:
            command += ["--mail-rcpt", r]
        if eml:
            return command + ["--upload-file", eml]
        return command + ["-H", f"From: {SENDER}", "-H", f"To: {', '.join(recipients)}",
                          "-H", "Subject: Benchmark attachment",
                          "-F", "=See the attachment.;type=text/plain",
                          "-F", f"=@{attach};type=application/octet-stream;encoder=base64"]

    def msmtp(self, port, recipients, eml=None, attach=None):
        assert attach is None, "msmtp does not compose"
        config = self.msmtp_configs.get(port)
        if config is None:
            config = os.path.join(self.work, f"msmtprc-{port}")
            with open(config, "w") as f:
                f.write(f"defaults\ntls on\ntls_starttls off\ntls_trust_file {self.ca}\n"
                        f"auth plain\naccount bench\nhost localhost\nport {port}\n"
                        f"from {SENDER}\nuser {USER}\npassword {PASSWORD}\n"
                        "account default : bench\n")
            os.chmod(config, 0o600)
            self.msmtp_configs[port] = config
        return ["msmtp", "-C", config] + recipients, eml

    def swaks(self, port, recipients, eml=None, attach=None):
        # --suppress-data: swaks would otherwise print all 100 MB it sends.
        command = ["swaks", "--server", "localhost", "--port", str(port), "--tls-on-connect",
                   "--tls-verify", "--tls-ca-path", self.ca, "--auth", "PLAIN",
                   "--auth-user", USER, "--auth-password", PASSWORD, "--pipeline",
                   "--from", SENDER, "--to", ",".join(recipients), "--suppress-data"]
        if eml:
            return command + ["--data", "@" + eml]
        return command + ["--body", "See the attachment.", "--attach-type",
                          "application/octet-stream", "--attach", "@" + attach]

    def smtplib(self, port, recipients, eml=None, attach=None):
        command = ["/usr/bin/python3", self.smtplib_script, "--port", str(port),
                   "--ca-file", self.ca, "--user", USER, "--password-env", PASSWORD_ENV,
                   "--from", SENDER]
        for r in recipients:
            command += ["--to", r]
        return command + (["--eml", eml] if eml else ["--attach", attach])


def command_and_stdin(built):
    return built if isinstance(built, tuple) else (built, None)


def run_rounds(benchrun, entries, runs, label):
    """entries: name -> (command, stdin, sink, min_bytes). Runs every entry `runs` times,
    alternating; a run counts when the server got a message of at least min_bytes."""
    results = {name: [] for name in entries}
    for round_index in range(runs):
        order = list(entries)
        random.Random(round_index).shuffle(order)
        for name in order:
            command, stdin, sink, min_bytes = entries[name]
            run = measure(benchrun, command, stdin)
            run.stats = sink.next_stats(10.0 if run.status == 0 else 1.0)
            run.min_bytes = min_bytes
            results[name].append(run)
            if not run.ok:
                log(f"  {label}: {name} failed (exit {run.status}): {run.output[-300:]!r}")
        if (round_index + 1) % max(1, runs // 5) == 0:
            log(f"  {label}: round {round_index + 1}/{runs} done")
    return results


def median(values):
    return statistics.median(values) if values else float("nan")


@dataclass
class Figures:
    wall: float
    cpu: float
    rss_mb: float
    turns: list
    failures: int
    runs: int

    @staticmethod
    def of(results):
        good = [r for r in results if r.ok]
        return Figures(
            wall=median([r.wall for r in good]),
            cpu=median([r.cpu for r in good]),
            rss_mb=median([r.rss_kb * 1024 / MB for r in good]),
            turns=sorted({r.stats.get("turns") for r in good}),
            failures=len(results) - len(good),
            runs=len(results),
        )


def figures(results):
    return {name: Figures.of(runs) for name, runs in results.items()}


def make_inputs(work, cli):
    """small.eml, a 100 MB .eml built by hongyan-cli, and a 100 MB attachment."""
    generator = random.Random(2026)
    attachment = os.path.join(work, "attachment-100MB.bin")
    eml_payload = os.path.join(work, "payload.bin")
    # base64 in 76-character lines grows a file by 4/3 * 78/76: 73 MB makes a 100 MB .eml.
    for path, size in ((attachment, 100 * MB), (eml_payload, 73 * MB)):
        with open(path, "wb") as f:
            for _ in range(size // MB):
                f.write(generator.randbytes(MB))
    big = os.path.join(work, "message-100MB.eml")
    subprocess.run([cli, "build", "--from", SENDER, "--to", ONE[0], "--subject",
                    "Benchmark 100 MB", "--body", "See the attachment.", "--attach",
                    eml_payload, "--output", big], check=True)
    os.remove(eml_payload)
    small = os.path.join(work, "small.eml")
    with open(small, "wb") as f:
        f.write(f"From: <{SENDER}>\r\nTo: <{ONE[0]}>\r\nSubject: Benchmark\r\n"
                "Message-ID: <bench@example.com>\r\n\r\n".encode())
        f.write(b"A small message, one line of several.\r\n" * 20)
        f.write(b".A line that starts with a dot.\r\n")
    return small, big, attachment


def version(command, pattern=None):
    try:
        text = subprocess.run(command, capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.TimeoutExpired):
        return "not installed"
    line = text.strip().splitlines()[0] if text.strip() else "?"
    if pattern:
        match = re.search(pattern, text)
        line = match.group(0) if match else line
    return line


def versions(cli):
    qt = version(["dpkg-query", "-W", "-f", "${Version}", "libqt6core6"])
    return {
        "hongyan-cli": f"{version([cli, '--version'])} (Qt {qt}, Release build)",
        "curl": version(["curl", "--version"]),
        "msmtp": version(["msmtp", "--version"]),
        "swaks": version(["swaks", "--version"]),
        "smtplib": version(["/usr/bin/python3", "-c",
                            "import sys, ssl; print('Python', sys.version.split()[0], "
                            "'smtplib,', ssl.OPENSSL_VERSION)"]),
    }


def machine():
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def load():
    return "{:.2f}, {:.2f}, {:.2f}".format(*os.getloadavg())


def wait_for_quiet(limit, max_wait):
    """Waits (up to max_wait seconds) until the 1-minute load average is below limit."""
    deadline = time.monotonic() + max_wait
    while os.getloadavg()[0] >= limit and time.monotonic() < deadline:
        log(f"load average {load()}: waiting for < {limit}")
        time.sleep(15)


def run_external_benchmarks(build, source, skip_gui):
    """The GUI benchmarks of tests/gui/bench and the composer benchmark of tests/bench, run
    as they are; their printed figures are quoted."""
    found = []
    gui_dir = os.path.join(build, "tests", "gui", "bench")
    if os.path.isdir(gui_dir) and not skip_gui:
        for name in sorted(os.listdir(gui_dir)):
            path = os.path.join(gui_dir, name)
            if os.path.isfile(path) and os.access(path, os.X_OK):
                found.append(("GUI", name, path))
    composer = os.path.join(build, "tests", "bench", "message_stream_bench")
    if os.path.exists(composer):
        found.append(("composer", "message_stream_bench", composer))
    results = []
    # The same environment as ctest gives the test suites (tests/CMakeLists.txt).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HONGYAN_SOURCE_DIR=source,
               HONGYAN_TEST_DATA=os.path.join(source, "tests", "data"),
               HONGYAN_PYTHON="/usr/bin/python3")
    for kind, name, path in found:
        log(f"  {name}")
        try:
            done = subprocess.run([path], capture_output=True, text=True, timeout=900, env=env)
            results.append((kind, name, done.returncode, (done.stdout + done.stderr).strip()))
        except subprocess.TimeoutExpired:
            results.append((kind, name, -1, "timed out after 900 s"))
    return results


def gui_outbox_flush(external):
    """(messages, wall ms, connections) of bench_gui_outbox's Send All, or None."""
    for kind, name, status, output in external:
        found = re.search(r"outbox flush\s+(\d+) messages in (\d+) ms .*?(\d+) connection", output)
        if kind == "GUI" and found and status == 0:
            return int(found.group(1)), float(found.group(2)), int(found.group(3))
    return None


def gui_flush_target(external, curl_wall):
    """The GUI's Send All of n outbox messages against n curl invocations."""
    flush = gui_outbox_flush(external)
    if not flush:
        return ("GUI: Send All of 200 outbox messages < 1/3 of 200 curl runs", "not measured",
                False)
    count, ms, connections = flush
    curl_ms = count * curl_wall * 1000
    return (f"GUI: Send All of {count} outbox messages < 1/3 of {count} curl runs",
            f"{fmt(ms, 0)} ms over {connections} connection vs {fmt(curl_ms, 0)} ms "
            f"({fmt(ms / curl_ms)}×)", ms < curl_ms / 3)


def gui_targets(external):
    """The GUI targets, from the figures the GUI benchmarks print."""
    found = {}
    for kind, name, status, output in external:
        if kind != "GUI":
            continue
        stall = re.search(r"event-loop stall max\s+([\d.]+) ms", output)
        startup = re.search(r"painted after median ([\d.]+) ms", output)
        rss = re.search(r"RSS then (\d+) kB", output)
        ratio = re.search(r"GUI vs CLI\s+session ([\d.]+)x, whole send ([\d.]+)x", output)
        if stall and status == 0:
            found["stall"] = float(stall.group(1))
        if ratio and status == 0:
            found["ratio"] = (float(ratio.group(1)), float(ratio.group(2)))
        if startup and status == 0:
            found["startup"] = (float(startup.group(1)), int(rss.group(1)) if rss else None)
    targets = []
    if "ratio" in found:
        session, whole = found["ratio"]
        targets.append(("GUI: send session ≤ 1.5 × hongyan-cli's send (100 MB attachment)",
                        f"{session:.2f}× (with the outbox write before it: {whole:.2f}×)",
                        session <= 1.5))
    else:
        targets.append(("GUI: send session ≤ 1.5 × hongyan-cli's send", "not measured", False))
    if "stall" in found:
        targets.append(("GUI: longest event-loop stall ≤ 16 ms, one frame (100 MB attachment)",
                        f"{found['stall']:.1f} ms", found["stall"] <= 16))
    else:
        targets.append(("GUI: longest event-loop stall ≤ 16 ms", "not measured", False))
    if "startup" in found:
        ms, kb = found["startup"]
        rss = f", RSS {kb / 1024:.1f} MB" if kb else ""
        targets.append(("GUI: start-up to a painted compose window < 500 ms",
                        f"{ms:.0f} ms{rss}", ms < 500))
    else:
        targets.append(("GUI: start-up < 500 ms", "not measured", False))
    return targets


def fmt(value, digits=2):
    if value != value:  # NaN: no successful run
        return "failed"
    return f"{value:.{digits}f}"


def ratio(a, b):
    return a / b if b and b == b and a == a else float("nan")


def measure_batch(benchrun, command, sink, messages, runs):
    """hongyan-cli sending `messages` files in one invocation, `runs` times: a run counts
    when it exited 0 and the server got every message over one connection."""
    results = []
    for _ in range(runs):
        run = measure(benchrun, command)
        run.stats = sink.next_stats(30.0 if run.status == 0 else 1.0)
        run.min_bytes = None
        if run.status != 0 or run.stats.get("messages") != messages:
            log(f"  batch failed (exit {run.status}, {run.stats}): {run.output[-300:]!r}")
            run.status = run.status or 1
        results.append(run)
    return Figures.of(results)


def write_results(path, context, rtt, rtt_names, thr, comp, inv, small_rss, external, eml_size,
                  attachment_size, batch):
    lines = []
    add = lines.append
    add("# Benchmarks: Hongyan against msmtp, swaks, curl and smtplib")
    add("")
    add(f"Generated by `tests/bench/run-benchmarks.sh` on {context['date']}.")
    add("")
    add(f"- Machine: {context['machine']}")
    add(f"- Load average (1, 5, 15 min): {context['load_before']} before, "
        f"{context['load_after']} after")
    add(f"- Runs: median of {context['runs']} runs per figure; "
        f"{context['invocations']} invocations per tool for the per-invocation cost; "
        "tools alternate within each round")
    add("- Every send: implicit TLS to `localhost` on loopback, certificate from a test CA "
        "given to each tool as its CA file, AUTH PLAIN, server `smtpsink` "
        "(tests/bench/smtpsink.cpp)")
    add("- Wall, CPU (user + system) and peak RSS are the client process's own, from "
        "`wait4()` in `benchrun` (tests/bench/benchrun.cpp)")
    add("")
    add("| tool | version |")
    add("|---|---|")
    for tool, text in context["versions"].items():
        add(f"| {tool} | {text} |")
    add("")
    add("How each tool is run (tests/bench/run_benchmarks.py, class Tools): hongyan-cli "
        "`send --security tls --ca-file` (the CA file is trusted beside the system store); "
        "curl `--sasl-ir --cacert` (without --sasl-ir curl spends a round trip on AUTH's "
        "334); msmtp with `tls_trust_file`; swaks `--tls-on-connect --tls-verify "
        "--tls-ca-path --pipeline --suppress-data`; smtplib `SMTP_SSL` with "
        "`ssl.create_default_context(cafile=...)` (tests/bench/smtplib_send.py). "
        "\"hongyan-cli (BDAT)\" is the same command against a server that also offers "
        "CHUNKING.")
    add("")

    add("## 1. Round trips: one message to 10 recipients")
    add("")
    add(f"Through a proxy that delays each direction by {PROXY_DELAY_MS} ms. *Turns* are "
        "counted by the server: the greeting, then every reply the client had to wait for "
        "(QUIT's reply not counted). The minimum is 5 with PIPELINING, 4 with CHUNKING. "
        "*Wall* includes process start, the TLS handshake (TLS 1.3: one round trip before "
        "the greeting can be sent) and, for clients that wait for it, the reply to QUIT.")
    add("")
    add("| tool | server offers | turns | wall (ms) | wall / RTT |")
    add("|---|---|---|---|---|")
    for name in rtt_names:
        f = rtt[name]
        offers = "CHUNKING" if "BDAT" in name else "PIPELINING"
        turns = "/".join(str(t) for t in f.turns) or "failed"
        add(f"| {name} | {offers} | {turns} | {fmt(f.wall * 1000, 0)} | "
            f"{fmt(f.wall * 1000 / (2 * PROXY_DELAY_MS), 1)} |")
    add("")

    fastest_peer = min((n for n in thr if not n.startswith("hongyan")),
                       key=lambda n: thr[n].wall if thr[n].wall == thr[n].wall else 1e9)
    add(f"## 2. Throughput: a prebuilt {eml_size / MB:.1f} MB .eml to one recipient")
    add("")
    add(f"RSS growth = peak RSS of this send − peak RSS of the same tool sending a small "
        f"message (section 4). Ratios are against {fastest_peer}, the fastest peer, in this run.")
    add("")
    add("| tool | wall (s) | MB/s | CPU (s) | peak RSS (MB) | RSS growth (MB) | "
        f"speed vs {fastest_peer} | CPU vs {fastest_peer} |")
    add("|---|---|---|---|---|---|---|---|")
    ref = thr[fastest_peer]
    for name, f in thr.items():
        add(f"| {name} | {fmt(f.wall)} | {fmt(eml_size / MB / f.wall, 0)} | {fmt(f.cpu)} | "
            f"{fmt(f.rss_mb, 1)} | {fmt(f.rss_mb - small_rss.get(name, float('nan')), 1)} | "
            f"{fmt(ratio(ref.wall, f.wall))}× | {fmt(ratio(f.cpu, ref.cpu))}× |")
    add("")

    add(f"## 3. Compose and send: a message with a {attachment_size / MB:.0f} MB attachment")
    add("")
    add("Base64 makes the message 37 % larger than the attachment. msmtp does not compose.")
    add("")
    add("| tool | wall (s) | CPU (s) | peak RSS (MB) | RSS growth (MB) | "
        "wall vs own .eml send |")
    add("|---|---|---|---|---|---|")
    for name, f in comp.items():
        own = thr.get(name)
        add(f"| {name} | {fmt(f.wall)} | {fmt(f.cpu)} | {fmt(f.rss_mb, 1)} | "
            f"{fmt(f.rss_mb - small_rss.get(name, float('nan')), 1)} | "
            f"{fmt(ratio(f.wall, own.wall) if own else float('nan'))}× |")
    add("")

    add(f"## 4. Per-invocation cost: {context['invocations']} small messages, one process "
        "each")
    add("")
    add("| tool | median wall (ms) | mean wall (ms) | median CPU (ms) | peak RSS (MB) | "
        "wall vs curl |")
    add("|---|---|---|---|---|---|")
    for name, (f, mean_wall) in inv.items():
        add(f"| {name} | {fmt(f.wall * 1000, 1)} | {fmt(mean_wall * 1000, 1)} | "
            f"{fmt(f.cpu * 1000, 1)} | {fmt(f.rss_mb, 1)} | "
            f"{fmt(ratio(f.wall, inv['curl'][0].wall))}× |")
    add("")
    add(f"*{QT_FLOOR}* is tests/bench/qttlsfloor.cpp: a Qt program that only starts, connects "
        "with TLS, reads the greeting and says QUIT. What hongyan-cli costs above it is its "
        "own work; the floor itself is Qt's start-up and its TLS plugin loading.")
    add("")

    n = context["invocations"]
    curl_total = n * inv["curl"][0].wall
    add(f"## 4b. Batch: {n} small messages in one invocation")
    add("")
    add(f"`hongyan-cli send` with `--eml` given {n} times: one connection, one TLS handshake, "
        "one AUTH, one transaction per message. Against it, what the same messages cost "
        f"as {n} separate invocations: {n} × the per-invocation median of section 4.")
    add("")
    add("| how | wall (ms) | CPU (ms) | per message (ms) | vs curl ×n |")
    add("|---|---|---|---|---|")
    add(f"| hongyan-cli, one invocation | {fmt(batch.wall * 1000, 1)} | "
        f"{fmt(batch.cpu * 1000, 1)} | {fmt(batch.wall * 1000 / n, 2)} | "
        f"{fmt(ratio(batch.wall, curl_total))}× |")
    flush = gui_outbox_flush(external)
    if flush:
        count, ms, connections = flush
        add(f"| GUI, Send All of {count} outbox messages ({connections} connection) | "
            f"{fmt(ms, 0)} | – | {fmt(ms / count, 2)} | "
            f"{fmt(ratio(ms / 1000, count * inv['curl'][0].wall))}× |")
    for name in ("curl", "hongyan-cli"):
        f = inv[name][0]
        add(f"| {name}, {n} invocations | {fmt(n * f.wall * 1000, 0)} | "
            f"{fmt(n * f.cpu * 1000, 0)} | {fmt(f.wall * 1000, 2)} | "
            f"{fmt(ratio(n * f.wall, curl_total))}× |")
    add("")

    add("## 5. The GUI, and the composer alone")
    add("")
    gui = [e for e in external if e[0] == "GUI"]
    if not gui:
        add("The GUI benchmarks (tests/gui/bench) were not built or not found: the "
            "event-loop stall and start-up figures are not measured in this run.")
        add("")
    for kind, name, status, output in external:
        add(f"### {name} ({kind}; exit status {status})")
        add("")
        add("```")
        add(output[-3000:])
        add("```")
        add("")

    add("## Targets")
    add("")
    add("| target | figure | result |")
    add("|---|---|---|")
    targets = context["targets"]
    for target, figure, passed in targets:
        add(f"| {target} | {figure} | {'pass' if passed else '**FAIL**'} |")
    add("")
    failures = [(n, f) for n, f in list(thr.items()) + list(comp.items()) + list(rtt.items())
                if f.failures]
    if failures:
        add("Failed runs (excluded from the medians): " +
            ", ".join(f"{n} {f.failures}/{f.runs}" for n, f in failures))
        add("")
    with open(path, "w") as f:
        f.write("\n".join(lines))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build", required=True, help="the Release build directory")
    parser.add_argument("--source", default=os.path.dirname(os.path.dirname(
        os.path.dirname(os.path.abspath(__file__)))))
    parser.add_argument("--output", help="markdown file (default: tests/bench/RESULTS.md)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--invocations", type=int, default=200)
    parser.add_argument("--quiet-load", type=float, default=1.5,
                        help="wait until the 1-minute load average is below this")
    parser.add_argument("--max-wait", type=float, default=900, help="seconds to wait for it")
    parser.add_argument("--skip-gui", action="store_true",
                        help="leave the GUI benchmarks out (they did not build)")
    args = parser.parse_args()
    output = args.output or os.path.join(args.source, "tests", "bench", "RESULTS.md")
    cli = os.path.join(args.build, "app", "cli", "hongyan-cli")
    sink_binary = os.path.join(args.build, "tests", "bench", "smtpsink")
    benchrun = os.path.join(args.build, "tests", "bench", "benchrun")
    for tool in ("curl", "msmtp", "swaks", "openssl"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: apt-get install {tool}")

    work = tempfile.mkdtemp(prefix="hongyan-bench-")
    helpers = []
    try:
        log(f"work directory {work}")
        certs = os.path.join(work, "certs")
        subprocess.run(["sh", os.path.join(args.source, "tests", "data", "make-test-certs.sh"),
                        certs], check=True, capture_output=True)
        small, big, attachment = make_inputs(work, cli)
        eml_size = os.path.getsize(big)
        tools = Tools(cli, os.path.join(certs, "ca.pem"), work,
                      os.path.join(args.source, "tests", "bench", "smtplib_send.py"))

        def sink(name, **kwargs):
            s = Sink(sink_binary, certs, os.path.join(work, f"{name}.log"), **kwargs)
            helpers.append(s)
            return s

        def proxy(target, name):
            p = Background(["/usr/bin/python3",
                            os.path.join(args.source, "tests", "bench", "latency_proxy.py"),
                            "--target-port", str(target.port), "--delay-ms",
                            str(PROXY_DELAY_MS), "--lifetime", "7200"],
                           os.path.join(work, f"{name}.log"))
            helpers.append(p)
            return p

        # Half a round trip: input that arrives later than that after a reply was waited for.
        rtt_sink = sink("rtt-sink", turn_gap_ms=PROXY_DELAY_MS)
        rtt_chunking_sink = sink("rtt-chunking-sink", chunking=True, turn_gap_ms=PROXY_DELAY_MS)
        rtt_proxy = proxy(rtt_sink, "rtt-proxy")
        rtt_chunking_proxy = proxy(rtt_chunking_sink, "rtt-chunking-proxy")
        direct = sink("sink")
        direct_chunking = sink("chunking-sink", chunking=True)

        wait_for_quiet(args.quiet_load, args.max_wait)
        context = {
            "date": time.strftime("%Y-%m-%d %H:%M %Z"),
            "machine": machine(),
            "load_before": load(),
            "versions": versions(cli),
            "runs": args.runs,
            "invocations": args.invocations,
        }
        peers = ("curl", "msmtp", "swaks", "smtplib")

        def entries(recipients, message, min_bytes, port_of, chunking_sink=None,
                    composing=False):
            table = {}
            for name in ("hongyan-cli",) + peers:
                if composing and name == "msmtp":
                    continue
                sink_, port = port_of
                built = getattr(tools, name.replace("hongyan-cli", "hongyan"))(
                    port, recipients, **({"attach": message} if composing else {"eml": message}))
                command, stdin = command_and_stdin(built)
                table[name] = (command, stdin, sink_, min_bytes)
            if chunking_sink:
                sink_, port = chunking_sink
                built = tools.hongyan(port, recipients,
                                      **({"attach": message} if composing else {"eml": message}))
                table["hongyan-cli (BDAT)"] = (built, None, sink_, min_bytes)
            return table

        log("1. round trips")
        small_size = os.path.getsize(small)
        rtt_entries = entries(TEN, small, small_size, (rtt_sink, rtt_proxy.port),
                              chunking_sink=(rtt_chunking_sink, rtt_chunking_proxy.port))
        rtt = figures(run_rounds(benchrun, rtt_entries, args.runs, "rtt"))

        log("4. per-invocation cost")
        inv_entries = entries(ONE, small, small_size, (direct, direct.port))
        # Not a mail tool: the floor any Qt program pays (start, TLS, greeting, QUIT).
        inv_entries[QT_FLOOR] = ([os.path.join(args.build, "tests", "bench", "qttlsfloor"),
                                  str(direct.port), os.path.join(certs, "ca.pem")],
                                 None, direct, None)
        inv = {}
        for name, runs in run_rounds(benchrun, inv_entries, args.invocations,
                                     "per-invocation").items():
            good = [r.wall for r in runs if r.ok]
            inv[name] = (Figures.of(runs), statistics.mean(good) if good else float("nan"))
        small_rss = {n: f.rss_mb for n, (f, _) in inv.items()}
        small_rss["hongyan-cli (BDAT)"] = small_rss["hongyan-cli"]

        # The .eml sends and the compose sends alternate in the same rounds: the target
        # compares them, so a change of load must hit both alike.
        log("2, 3. throughput, compose and send")
        thr_entries = entries(ONE, big, eml_size, (direct, direct.port),
                              chunking_sink=(direct_chunking, direct_chunking.port))
        comp_entries = entries(ONE, attachment, os.path.getsize(attachment) * 4 // 3,
                               (direct, direct.port), composing=True)
        both = dict(thr_entries)
        both.update({f"compose {name}": entry for name, entry in comp_entries.items()})
        sends = figures(run_rounds(benchrun, both, args.runs, "100 MB sends"))
        thr = {name: sends[name] for name in thr_entries}
        comp = {name: sends[f"compose {name}"] for name in comp_entries}

        log("4b. batch over one connection")
        batch_command = tools.hongyan(direct.port, ONE, eml=small)
        for _ in range(args.invocations - 1):
            batch_command += ["--eml", small]
        batch = measure_batch(benchrun, batch_command, direct, args.invocations, args.runs)

        for h in helpers:
            h.stop()
        helpers.clear()
        log("5. GUI and composer benchmarks")
        external = run_external_benchmarks(args.build, args.source, args.skip_gui)
        context["load_after"] = load()

        hy = "hongyan-cli"
        peer_walls = {n: thr[n].wall for n in peers if thr[n].wall == thr[n].wall}
        fastest = min(peer_walls, key=peer_walls.get) if peer_walls else "curl"
        limit = 32.0
        growth_eml = thr[hy].rss_mb - small_rss[hy]
        growth_comp = comp[hy].rss_mb - small_rss[hy]
        targets = [
            ("Round trips with PIPELINING = 5", f"{rtt[hy].turns}", rtt[hy].turns == [5]),
            ("Round trips with CHUNKING = 4", f"{rtt[hy + ' (BDAT)'].turns}",
             rtt[hy + " (BDAT)"].turns == [4]),
            (f".eml send at least as fast as the fastest peer ({fastest})",
             f"{fmt(thr[hy].wall)} s vs {fmt(thr[fastest].wall)} s "
             f"({fmt(ratio(thr[fastest].wall, thr[hy].wall))}×)",
             thr[hy].wall <= thr[fastest].wall),
            (f".eml send CPU no more than {fastest}'s",
             f"{fmt(thr[hy].cpu)} s vs {fmt(thr[fastest].cpu)} s",
             thr[hy].cpu <= thr[fastest].cpu),
            ("RSS growth < 32 MB, .eml send", f"{fmt(growth_eml, 1)} MB", growth_eml < limit),
            ("RSS growth < 32 MB, compose + send", f"{fmt(growth_comp, 1)} MB",
             growth_comp < limit),
            ("Compose + send ≤ 1.5 × .eml send",
             f"{fmt(comp[hy].wall)} s = {fmt(ratio(comp[hy].wall, thr[hy].wall))} × "
             f"{fmt(thr[hy].wall)} s", comp[hy].wall <= 1.5 * thr[hy].wall),
            (f"{args.invocations} messages in one invocation < 1/3 of {args.invocations} curl runs",
             f"{fmt(batch.wall * 1000, 0)} ms vs {fmt(args.invocations * inv['curl'][0].wall * 1000, 0)} ms "
             f"({fmt(ratio(batch.wall, args.invocations * inv['curl'][0].wall))}×)",
             batch.wall < args.invocations * inv["curl"][0].wall / 3),
            gui_flush_target(external, inv["curl"][0].wall),
            ("Per-invocation cost ≤ 1.4 × curl's",
             f"{fmt(inv[hy][0].wall * 1000, 1)} ms = "
             f"{fmt(ratio(inv[hy][0].wall, inv['curl'][0].wall))} × {fmt(inv['curl'][0].wall * 1000, 1)} ms",
             inv[hy][0].wall <= 1.4 * inv["curl"][0].wall),
            ("Per-invocation cost ≤ curl's",
             f"{fmt(inv[hy][0].wall * 1000, 1)} ms vs {fmt(inv['curl'][0].wall * 1000, 1)} ms",
             inv[hy][0].wall <= inv["curl"][0].wall),
        ]
        targets += gui_targets(external)
        context["targets"] = targets
        write_results(output, context, rtt, list(rtt_entries), thr, comp, inv, small_rss,
                      external, eml_size, os.path.getsize(attachment), batch)
        log(f"results written to {output}")
        return 0 if all(t[2] for t in targets) else 1
    finally:
        for h in helpers:
            h.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
