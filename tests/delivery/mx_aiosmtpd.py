#!/usr/bin/python3
"""An MX host for Hongyan's direct-delivery tests: aiosmtpd on one address and port.

Listens on --host and --port (25 by default: an MX host) and prints "listening", alone on one
line, on stdout once it accepts connections; when the address is taken it prints "in use"
and exits with status 3, so the test can try another loopback address. With --cert and --key
it offers STARTTLS without requiring it (as most MX hosts do); without them it offers none.
It requires no authentication: an MX host takes mail for its own domains from anyone.

Every message is saved into the spool directory: NNNN.eml holds the message bytes exactly as
they arrived (dot-unstuffed, nothing else changed) and NNNN.json the envelope and whether the
connection was encrypted. Both are written before the final 250 reply is sent.

The server exits when its stdin is closed, on SIGTERM, and after --lifetime seconds in any
case, so it never outlives the test that started it. Run it with /usr/bin/python3 (Debian's
python3-aiosmtpd).
"""

import argparse
import asyncio
import errno
import json
import os
import signal
import ssl
import sys

from aiosmtpd.smtp import SMTP


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
            "encrypted": session.ssl is not None,
        }
        # The JSON file appears last and atomically: a reader that sees it sees the message.
        write_atomically(base + ".eml", envelope.original_content)
        write_atomically(base + ".json", json.dumps(meta).encode("utf-8"))
        return f"250 2.0.0 Ok: queued as MX{self.count:04d}"


def write_atomically(path, data):
    with open(path + ".tmp", "wb") as f:
        f.write(data)
    os.replace(path + ".tmp", path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, default=25)
    parser.add_argument("--hostname", required=True, help="the name in the greeting")
    parser.add_argument("--spool", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--lifetime", type=float, default=120.0)
    args = parser.parse_args()

    context = None
    if args.cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    handler = SpoolHandler(args.spool)

    def factory():
        return SMTP(handler, hostname=args.hostname, tls_context=context,
                    require_starttls=False, loop=loop)

    try:
        server = loop.run_until_complete(
            loop.create_server(factory, host=args.host, port=args.port))
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            print("in use", flush=True)
            sys.exit(3)
        raise

    def stop_on_eof():
        if not sys.stdin.buffer.read1(4096):
            loop.stop()

    loop.add_reader(sys.stdin.fileno(), stop_on_eof)
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    loop.call_later(args.lifetime, loop.stop)

    print("listening", flush=True)
    try:
        loop.run_forever()
    finally:
        server.close()


if __name__ == "__main__":
    main()
