#!/usr/bin/python3
"""A TCP forwarder on loopback that delays every byte by --delay-ms in each direction.

With 50 ms each way every round trip a client waits for costs 100 ms, so the wall time of a
send through it shows how many times the client really waited. Bandwidth is not limited:
data read is queued with its due time and written in order as soon as it is due.

Prints "port N" once listening. Stops by itself after --lifetime seconds.
"""

import argparse
import asyncio
import collections
import socket


async def pump(reader, writer, delay):
    """Copies reader to writer, each chunk `delay` seconds after it was read."""
    loop = asyncio.get_running_loop()
    queue = collections.deque()
    ready = asyncio.Event()
    done = False

    async def read_side():
        nonlocal done
        while True:
            data = await reader.read(1 << 16)
            queue.append((loop.time() + delay, data))
            ready.set()
            if not data:
                done = True
                return

    async def write_side():
        while True:
            await ready.wait()
            while queue:
                due, data = queue.popleft()
                wait = due - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                if not data:
                    if writer.can_write_eof():
                        writer.write_eof()
                    return
                writer.write(data)
                await writer.drain()
            if not done:
                ready.clear()

    await asyncio.gather(read_side(), write_side())


async def handle(client_reader, client_writer, target_port, delay):
    try:
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
    except OSError:
        client_writer.close()
        return
    for w in (client_writer, server_writer):
        w.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        await asyncio.gather(
            pump(client_reader, server_writer, delay), pump(server_reader, client_writer, delay)
        )
    except (ConnectionError, OSError):
        pass
    finally:
        client_writer.close()
        server_writer.close()


async def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--target-port", type=int, required=True)
    parser.add_argument("--delay-ms", type=float, default=50.0)
    parser.add_argument("--lifetime", type=float, default=3600.0)
    args = parser.parse_args()
    delay = args.delay_ms / 1000.0
    server = await asyncio.start_server(
        lambda r, w: handle(r, w, args.target_port, delay), "127.0.0.1", 0
    )
    print("port", server.sockets[0].getsockname()[1], flush=True)
    async with server:
        try:
            await asyncio.wait_for(server.serve_forever(), args.lifetime)
        except asyncio.TimeoutError:
            pass


if __name__ == "__main__":
    asyncio.run(main())
