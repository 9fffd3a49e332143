#!/usr/bin/python3
"""Reads an .eml file the way a mail client would, with Python's email package
(policy.default), and prints what it found as JSON for the C++ message tests: defects,
decoded headers and addresses, and for every part its type, encoding, file names, text
and the SHA-256 of its decoded bytes.

Usage: inspect_eml.py FILE [--utf8-headers]
--utf8-headers parses the file as UTF-8 text: Python's byte parser cannot read RFC 6532
headers (a non-ASCII local part) without calling them undecodable.
"""

import email
import email.errors
import email.header
import email.policy
import email.utils
import hashlib
import json
import sys

# RFC 2047 words in the quoted name= parameter are not standard MIME but deliberate: it is
# the form Chinese webmail reads. Python reports exactly these two header defects for it;
# the decoded name is still checked by the tests.
TOLERATED_CONTENT_TYPE = (
    "encoded word inside quoted string",
    "missing trailing whitespace after encoded-word",
)

ADDRESS_FIELDS = ("From", "To", "Cc", "Bcc", "Reply-To")
OTHER_FIELDS = ("Subject", "Date", "Message-ID", "In-Reply-To", "References",
                "MIME-Version", "User-Agent")


def addresses(header):
    return [[a.display_name, a.addr_spec] for a in header.addresses]


def rfc2047_addresses(values):
    """Display names through the legacy parser and decode_header(), which drop the white
    space between adjacent encoded words as RFC 2047 §6.2 requires. Python 3.11's modern
    parser keeps it inside a display name (CPython gh-128110), so a name that needed more
    than one encoded word comes back from it with a space in the middle."""
    return [[str(email.header.make_header(email.header.decode_header(name))), address]
            for name, address in email.utils.getaddresses(values)]


def raw_values(message, name):
    """The undecoded values of a header field, folding removed."""
    return [value.replace("\r\n", "").replace("\n", "")
            for key, value in message.raw_items() if key.lower() == name.lower()]


def main():
    path = sys.argv[1]
    utf8_headers = "--utf8-headers" in sys.argv[2:]
    with open(path, "rb") as f:
        data = f.read()
    if utf8_headers:
        message = email.message_from_string(data.decode("utf-8"), policy=email.policy.default)
    else:
        message = email.message_from_bytes(data, policy=email.policy.default)

    defects = []
    tolerated = []
    parts = []
    for index, part in enumerate(message.walk()):
        for defect in part.defects:
            defects.append(f"part {index}: {type(defect).__name__}: {defect}")
        for name, value in part.items():
            for defect in getattr(value, "defects", ()):
                text = f"part {index} {name}: {type(defect).__name__}: {defect}"
                if name.lower() == "content-type" and str(defect) in TOLERATED_CONTENT_TYPE:
                    tolerated.append(text)
                elif utf8_headers and isinstance(defect, email.errors.NonASCIILocalPartDefect):
                    tolerated.append(text)
                else:
                    defects.append(text)
        info = {
            "content_type": part.get_content_type(),
            "transfer_encoding": str(part.get("Content-Transfer-Encoding", "")),
            "disposition": part.get_content_disposition(),
            "content_id": str(part.get("Content-ID", "")),
        }
        if part.is_multipart():
            info["children"] = len(part.get_payload())
        else:
            payload = part.get_payload(decode=True) or b""
            content_type = part.get("Content-Type")
            disposition = part.get("Content-Disposition")
            info.update({
                "sha256": hashlib.sha256(payload).hexdigest(),
                "size": len(payload),
                "filename": part.get_filename(),
                "name": content_type.params.get("name") if content_type is not None else None,
                "disposition_filename":
                    disposition.params.get("filename") if disposition is not None else None,
                "charset": part.get_content_charset(),
            })
            if part.get_content_maintype() == "text" and part.get_content_disposition() is None:
                info["text"] = part.get_content()
        parts.append(info)

    headers = {}
    for name in ADDRESS_FIELDS:
        values = message.get_all(name)
        if values:
            headers[name] = {
                "addresses": [a for v in values for a in addresses(v)],
                "rfc2047_addresses": rfc2047_addresses(
                    raw_values(message, name)),
                "groups": [[g.display_name, addresses(g)] for v in values for g in v.groups
                           if g.display_name is not None],
            }
    for name in OTHER_FIELDS:
        value = message.get(name)
        if value is not None:
            headers[name] = str(value)
    if message.get("Date") is not None and message["Date"].datetime is not None:
        headers["Date-ISO"] = message["Date"].datetime.isoformat()

    report = json.dumps({
        "defects": defects,
        "tolerated": tolerated,
        "field_names": list(message.keys()),
        "headers": headers,
        "parts": parts,
    }, ensure_ascii=False)
    # Bytes, so that the locale the test runs under cannot change the encoding.
    sys.stdout.buffer.write(report.encode("utf-8"))


if __name__ == "__main__":
    main()
