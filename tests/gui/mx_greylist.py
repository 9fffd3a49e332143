#!/usr/bin/python3
"""An MX host that greylists, for Hongyan's direct-delivery GUI tests.

tests/delivery/mx_aiosmtpd.py (same options, same spool, same "listening" line), except that
the first RCPT TO of each sender and recipient pair is answered "451 4.7.1" (greylisting, as
postgrey does); the same pair is accepted when the message comes again, on any connection.
Run it with /usr/bin/python3 (Debian's python3-aiosmtpd).
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "delivery"))

import mx_aiosmtpd  # noqa: E402  (found through the path above)


class GreylistHandler(mx_aiosmtpd.SpoolHandler):
    def __init__(self, spool):
        super().__init__(spool)
        self.seen = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        pair = (envelope.mail_from, address)
        if pair not in self.seen:
            self.seen.add(pair)
            return "451 4.7.1 Greylisted, please try again in a few minutes"
        envelope.rcpt_tos.append(address)
        return "250 OK"


if __name__ == "__main__":
    mx_aiosmtpd.SpoolHandler = GreylistHandler
    mx_aiosmtpd.main()
