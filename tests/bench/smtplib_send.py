#!/usr/bin/python3
"""The smtplib peer of the benchmarks: sends an .eml file, or composes a message with an
attachment (email.message.EmailMessage), over implicit TLS with AUTH, the way a script would.

    smtplib_send.py --port P --ca-file CA --user U --password-env VAR --from ADDR --to ADDR...
                    (--eml FILE | --attach FILE)
"""

import argparse
import mimetypes
import os
import smtplib
import ssl
import sys
from email.message import EmailMessage


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--server", default="localhost")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--ca-file", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password-env", required=True)
    parser.add_argument("--from", dest="sender", required=True)
    parser.add_argument("--to", action="append", required=True)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--eml")
    source.add_argument("--attach")
    args = parser.parse_args()

    context = ssl.create_default_context(cafile=args.ca_file)
    with smtplib.SMTP_SSL(args.server, args.port, context=context) as smtp:
        smtp.login(args.user, os.environ[args.password_env])
        if args.eml:
            with open(args.eml, "rb") as f:
                smtp.sendmail(args.sender, args.to, f.read())
        else:
            message = EmailMessage()
            message["From"] = args.sender
            message["To"] = ", ".join(args.to)
            message["Subject"] = "Benchmark attachment"
            message.set_content("See the attachment.\n")
            with open(args.attach, "rb") as f:
                data = f.read()
            kind = mimetypes.guess_type(args.attach)[0] or "application/octet-stream"
            maintype, subtype = kind.split("/", 1)
            message.add_attachment(
                data, maintype=maintype, subtype=subtype, filename=os.path.basename(args.attach)
            )
            smtp.send_message(message)
    return 0


if __name__ == "__main__":
    sys.exit(main())
