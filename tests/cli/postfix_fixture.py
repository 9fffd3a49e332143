#!/usr/bin/python3
"""A private Postfix with Dovecot SASL on loopback, for hongyan-cli's real-server tests.

Run as root (Postfix's master and Dovecot need it; the daemons drop to the users `postfix`,
`dovecot` and `dovenull` that the Debian packages create). Everything lives in a fresh
directory under /tmp:

  etc/          main.cf and master.cf of this instance (postfix -c etc)
  queue/        its queue_directory; Dovecot's auth socket is queue/private/auth
  data/         its data_directory
  mail/         virtual(8) delivery: one maildir per recipient, mail/<local part>/new/
  dovecot.conf  Dovecot with a passwd-file, no IMAP or POP3 listener, base_dir run/
  postfix.log, dovecot.log

Two smtpd services listen on 127.0.0.1 on free high ports: "submission" (STARTTLS required,
smtpd_tls_security_level=encrypt, AUTH only after TLS) and "smtps" (implicit TLS,
smtpd_tls_wrappermode=yes); both require AUTH and accept mail only for the recipients given
with --recipient (in the domain example.test); anyone else gets 550 5.1.1.

Once both ports answer with a 220 greeting and Dovecot's socket exists, one JSON line goes
to stdout: {"submission": PORT, "smtps": PORT, "maildir": DIR, "dir": DIR, "startup_ms": N}.
The fixture then waits until its stdin is closed, SIGTERM, or --lifetime seconds, and stops
Dovecot and Postfix's master by PID (master stops its own children), then removes the
directory.
It does the same when start-up fails, after printing the logs to stderr (exit status 1).
"""

import argparse
import json
import os
import pwd
import grp
import select
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time


def free_port():
    # The kernel picks a port that is free now; the daemons bind it a moment later. A
    # collision in between makes start-up fail visibly (the port is not ready), never
    # silently.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def greets(port, implicit_tls):
    # A 220 greeting proves that master spawned a working smtpd, not only that the port is
    # bound (master binds it before its children read their configuration).
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as plain:
            if implicit_tls:
                context = ssl.create_default_context()
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
                with context.wrap_socket(plain) as wrapped:
                    return wrapped.recv(512).startswith(b"220 ")
            return plain.recv(512).startswith(b"220 ")
    except OSError:
        return False


def postconf(config_dir, name):
    # With -c: Debian's package may leave /etc/postfix/main.cf uncreated.
    return subprocess.run(["postconf", "-c", config_dir, "-h", name], check=True,
                          capture_output=True, text=True).stdout.strip()


class Fixture:
    def __init__(self, args):
        self.args = args
        self.dir = tempfile.mkdtemp(prefix="hongyan-postfix-")
        # The daemons run as other users and must reach their files.
        os.chmod(self.dir, 0o755)
        self.processes = []

    def path(self, *parts):
        return os.path.join(self.dir, *parts)

    def write(self, name, text, mode=0o644):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(self.path(name), mode)

    def configure(self):
        postfix = pwd.getpwnam("postfix")
        for sub in ("etc", "queue", "data", "mail", "tls", "home"):
            os.mkdir(self.path(sub))
        os.chown(self.path("data"), postfix.pw_uid, postfix.pw_gid)
        os.chown(self.path("mail"), postfix.pw_uid, postfix.pw_gid)
        shutil.copy(self.args.cert, self.path("tls", "server.pem"))
        shutil.copy(self.args.key, self.path("tls", "server.key"))
        os.chmod(self.path("tls", "server.key"), 0o600)

        mailboxes = " ".join(f"{address}={address.split('@')[0]}/"
                             for address in self.args.recipient)
        self.submission = free_port()
        self.smtps = free_port()
        main_cf = f"""
compatibility_level = 3.6
queue_directory = {self.path("queue")}
data_directory = {self.path("data")}
mail_owner = postfix
myhostname = mx.test
mydomain = mx.test
myorigin = mx.test
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks =
alias_maps =
alias_database =
biff = no
smtpd_peername_lookup = no
# Tests provoke errors on purpose; Postfix's tarpit would only make them slow.
smtpd_error_sleep_time = 0
smtp_dns_support_level = disabled
local_transport = error:5.1.1 no local delivery in this test instance
virtual_mailbox_domains = example.test
virtual_mailbox_base = {self.path("mail")}
virtual_mailbox_maps = inline:{{ {mailboxes} }}
virtual_uid_maps = static:{postfix.pw_uid}
virtual_gid_maps = static:{postfix.pw_gid}
smtpd_tls_cert_file = {self.path("tls", "server.pem")}
smtpd_tls_key_file = {self.path("tls", "server.key")}
smtpd_tls_security_level = may
smtpd_sasl_type = dovecot
smtpd_sasl_path = private/auth
smtpd_sasl_auth_enable = no
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
"""
        self.write("etc/main.cf", main_cf)
        # No chroot: a chroot would need copies of /etc files inside the queue directory.
        master_cf = f"""
{self.submission} inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
{self.smtps} inet n - n - - smtpd
  -o syslog_name=postfix/smtps
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
pickup    unix  n - n 60 1 pickup
cleanup   unix  n - n -  0 cleanup
qmgr      unix  n - n 300 1 qmgr
tlsmgr    unix  - - n 1000? 1 tlsmgr
rewrite   unix  - - n -  - trivial-rewrite
bounce    unix  - - n -  0 bounce
defer     unix  - - n -  0 bounce
trace     unix  - - n -  0 bounce
verify    unix  - - n -  1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n -  - proxymap
proxywrite unix - - n -  1 proxymap
smtp      unix  - - n -  - smtp
relay     unix  - - n -  - smtp
showq     unix  n - n -  - showq
error     unix  - - n -  - error
retry     unix  - - n -  - error
discard   unix  - - n -  - discard
local     unix  - n n -  - local
virtual   unix  - n n -  - virtual
anvil     unix  - - n -  1 anvil
scache    unix  - - n -  1 scache
postlog   unix-dgram n - n - 1 postlogd
"""
        self.write("etc/master.cf", master_cf)
        # `postfix check` creates the queue's subdirectories with their owners and modes.
        # maillog_file is added afterwards: with it, the command itself would try to log
        # through postlogd, which is not running yet, and fail without a word.
        self.run(["postfix", "-c", self.path("etc"), "check"])
        # maillog_file_prefixes: Postfix refuses (silently, exit 1) a log outside /var.
        self.run(["postconf", "-c", self.path("etc"), "-e",
                  f"maillog_file_prefixes = {self.dir}",
                  f"maillog_file = {self.path('postfix.log')}"])

        self.write("passwd", f"{self.args.user}:{{PLAIN}}{self.args.password}::::::\n", 0o640)
        os.chown(self.path("passwd"), 0, grp.getgrnam("dovecot").gr_gid)
        dovecot_conf = f"""
protocols =
base_dir = {self.path("run")}
state_dir = {self.path("state")}
log_path = {self.path("dovecot.log")}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# The wrong-password tests need no protection against guessing: no delay after a failure,
# and no growing penalty for the address that failed (skipped for trusted networks).
auth_failure_delay = 0
login_trusted_networks = 127.0.0.0/8
default_internal_user = dovecot
default_login_user = dovenull
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.path("passwd")}
}}
userdb {{
  driver = static
  args = uid=postfix gid=postfix home={self.path("home")}
}}
service auth {{
  unix_listener {self.path("queue", "private", "auth")} {{
    mode = 0660
    user = postfix
    group = postfix
  }}
}}
"""
        self.write("dovecot.conf", dovecot_conf)

    def run(self, command):
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}):\n"
                               f"{result.stdout}{result.stderr}")

    def start(self):
        started = time.monotonic()
        self.configure()
        self.processes.append(("dovecot", subprocess.Popen(
            ["dovecot", "-F", "-c", self.path("dovecot.conf")], stdin=subprocess.DEVNULL,
            stdout=sys.stderr, stderr=sys.stderr)))
        # master without -w stays in the foreground, so its PID is the Popen's.
        master = os.path.join(postconf(self.path("etc"), "daemon_directory"), "master")
        self.processes.append(("master", subprocess.Popen(
            [master, "-c", self.path("etc")], stdin=subprocess.DEVNULL, stdout=sys.stderr,
            stderr=sys.stderr)))
        deadline = time.monotonic() + self.args.startup_timeout
        while time.monotonic() < deadline:
            for name, process in self.processes:
                if process.poll() is not None:
                    raise RuntimeError(f"{name} exited with status {process.returncode}")
            if (os.path.exists(self.path("queue", "private", "auth"))
                    and greets(self.submission, False) and greets(self.smtps, True)):
                return int((time.monotonic() - started) * 1000)
            time.sleep(0.05)
        raise RuntimeError(f"not ready after {self.args.startup_timeout} s")

    def stop(self):
        for _, process in self.processes:
            if process.poll() is None:
                process.terminate()
        for name, process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                print(f"postfix_fixture: {name} (PID {process.pid}) ignored SIGTERM; killing",
                      file=sys.stderr)
                process.kill()
                process.wait()
        self.processes = []

    def dump_logs(self):
        for name in ("postfix.log", "dovecot.log"):
            try:
                with open(self.path(name), encoding="utf-8", errors="replace") as f:
                    print(f"--- {name}\n{f.read()}", file=sys.stderr)
            except OSError:
                pass

    def remove(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cert", required=True, help="server certificate (PEM)")
    parser.add_argument("--key", required=True, help="its private key (PEM)")
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--recipient", action="append", required=True,
                        help="an address in example.test that has a mailbox (repeatable)")
    parser.add_argument("--lifetime", type=float, default=120.0)
    parser.add_argument("--startup-timeout", type=float, default=30.0)
    parser.add_argument("--keep", action="store_true",
                        help="leave the directory in place (to read the logs)")
    args = parser.parse_args()

    if os.geteuid() != 0:
        print("postfix_fixture: must run as root (Postfix's master and Dovecot need it)",
              file=sys.stderr)
        return 77

    fixture = Fixture(args)
    stopping = False

    def on_signal(signum, frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        try:
            startup_ms = fixture.start()
        except (RuntimeError, OSError, subprocess.CalledProcessError) as error:
            print(f"postfix_fixture: start-up failed: {error}", file=sys.stderr)
            fixture.stop()
            fixture.dump_logs()
            return 1
        print(json.dumps({"submission": fixture.submission, "smtps": fixture.smtps,
                          "maildir": fixture.path("mail"), "dir": fixture.dir,
                          "startup_ms": startup_ms}), flush=True)
        deadline = time.monotonic() + args.lifetime
        while not stopping and time.monotonic() < deadline:
            readable, _, _ = select.select([sys.stdin], [], [], 0.2)
            if readable and not os.read(sys.stdin.fileno(), 4096):
                break
            if any(process.poll() is not None for _, process in fixture.processes):
                print("postfix_fixture: a daemon died", file=sys.stderr)
                fixture.dump_logs()
                break
        fixture.stop()
        return 0
    finally:
        fixture.stop()
        if not args.keep:
            fixture.remove()


if __name__ == "__main__":
    sys.exit(main())
