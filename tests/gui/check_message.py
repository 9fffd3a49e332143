#!/usr/bin/python3
"""Parses a delivered message with Python's email package (policy.default), an independent
MIME parser, and prints what the GUI tests check as one JSON object: headers, defects, and
for every part its type, disposition, file name, Content-ID, SHA-256 of the decoded bytes
and, for text parts, the decoded text."""

import email
import hashlib
import json
import sys
from email import policy


def main():
    with open(sys.argv[1], "rb") as f:
        message = email.message_from_binary_file(f, policy=policy.default)
    result = {
        "subject": str(message["subject"] or ""),
        "from": str(message["from"] or ""),
        "to": str(message["to"] or ""),
        "cc": str(message["cc"] or ""),
        "bcc": message["bcc"] is not None,
        "messageId": str(message["message-id"] or ""),
        "defects": [type(d).__name__ for d in message.defects],
        "parts": [],
    }
    for part in message.walk():
        info = {
            "type": part.get_content_type(),
            "disposition": part.get_content_disposition(),
            "filename": part.get_filename(),
            "cid": part.get("Content-ID"),
            "defects": [type(d).__name__ for d in part.defects],
        }
        if not part.is_multipart():
            payload = part.get_payload(decode=True) or b""
            info["sha256"] = hashlib.sha256(payload).hexdigest()
            if part.get_content_maintype() == "text":
                info["text"] = part.get_content()
        result["parts"].append(info)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
