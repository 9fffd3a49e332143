#!/usr/bin/python3
"""A real SMTP server (aiosmtpd) for Hongyan's integration tests.

Listens on 127.0.0.1 on a port chosen by the kernel and prints that port, alone on one
line, on stdout once it accepts connections. Accepts one user name and password (AUTH PLAIN
and LOGIN) and saves every message it receives into the spool directory:
NNNN.eml holds the message bytes exactly as they arrived (dot-unstuffed, nothing else
changed) and NNNN.json the envelope. Both are written before the final 250 reply is sent, so
a client that saw the 250 can read them at once.

Modes:
  starttls  plain connection, STARTTLS required before anything else, AUTH only after TLS
  implicit  TLS from the first byte (port 465 style)

The server exits when its stdin is closed, so it never outlives the test that started it,
and after --lifetime seconds in any case. Run it with /usr/bin/python3 (Debian's
python3-aiosmtpd); the test kills it by PID when done.
"""

import argparse
import asyncio
import json
import os
import signal
import ssl
import sys
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class SpoolHandler:
    def __init__(self, spool):
        self.spool = spool
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.spool, f"{self.count:04d}")
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "mail_options": envelope.mail_options,
            "authenticated": bool(session.authenticated),
            "encrypted": server.transport.get_extra_info("sslcontext") is not None,
        }
        # The JSON file appears last and atomically: a reader that sees it sees the message.
        write_atomically(base + ".eml", envelope.original_content)
        write_atomically(base + ".json", json.dumps(meta, ensure_ascii=False).encode("utf-8"))
        return f"250 2.0.0 Ok: queued as HY{self.count:04d}"


def write_atomically(path, data):
    with open(path + ".tmp", "wb") as f:
        f.write(data)
    os.replace(path + ".tmp", path)


class Authenticator:
    def __init__(self, user, password):
        self.user = user.encode("utf-8")
        self.password = password.encode("utf-8")

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == self.user
            and auth_data.password == self.password
        )
        return AuthResult(success=ok, handled=False)


# aiosmtpd 1.4 sets its own deprecated Session.login_data after every AUTH and warns about it.
warnings.filterwarnings("ignore", message="Session.login_data is deprecated")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("starttls", "implicit"), required=True)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--spool", required=True)
    parser.add_argument("--lifetime", type=float, default=120.0)
    args = parser.parse_args()

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    handler = SpoolHandler(args.spool)
    authenticator = Authenticator(args.user, args.password)

    def factory():
        if args.mode == "starttls":
            return SMTP(handler, hostname="mx.test", tls_context=context, require_starttls=True,
                        auth_require_tls=True, authenticator=authenticator, loop=loop)
        # aiosmtpd only knows about TLS it started itself (STARTTLS), so auth_require_tls
        # would refuse AUTH here; the whole connection is encrypted anyway.
        return SMTP(handler, hostname="mx.test", auth_require_tls=False,
                    authenticator=authenticator, loop=loop)

    server = loop.run_until_complete(
        loop.create_server(factory, host="127.0.0.1", port=0,
                           ssl=context if args.mode == "implicit" else None))
    port = server.sockets[0].getsockname()[1]

    def stop_on_eof():
        if not sys.stdin.buffer.read1(4096):
            loop.stop()

    loop.add_reader(sys.stdin.fileno(), stop_on_eof)
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    loop.call_later(args.lifetime, loop.stop)

    print(port, flush=True)
    try:
        loop.run_forever()
    finally:
        server.close()


if __name__ == "__main__":
    main()
