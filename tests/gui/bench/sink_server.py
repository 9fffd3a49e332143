#!/usr/bin/python3
"""An SMTP sink for the GUI benchmarks: aiosmtpd without a SIZE limit (the shared test
server keeps aiosmtpd's 32 MiB default, too small for a 100 MB attachment), STARTTLS offered
with the given certificate, no authentication. It keeps nothing: for each message it
prints "received <bytes>" on stdout. Prints its port first, and exits when stdin closes."""

import argparse
import asyncio
import signal
import ssl
import sys

from aiosmtpd.smtp import SMTP


class Sink:
    async def handle_DATA(self, server, session, envelope):
        print(f"received {len(envelope.original_content)}", flush=True)
        return "250 2.0.0 Ok: queued as SINK"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    args = parser.parse_args()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    handler = Sink()

    def factory():
        return SMTP(handler, hostname="sink.test", tls_context=context, require_starttls=True,
                    data_size_limit=None, loop=loop)

    server = loop.run_until_complete(loop.create_server(factory, host="127.0.0.1", port=0))

    def stop_on_eof():
        if not sys.stdin.buffer.read1(4096):
            loop.stop()

    loop.add_reader(sys.stdin.fileno(), stop_on_eof)
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    print(server.sockets[0].getsockname()[1], flush=True)
    try:
        loop.run_forever()
    finally:
        server.close()


if __name__ == "__main__":
    main()
