"""The e-mails the e2e server sent (Django's file e-mail backend writes one file per
connection, each holding one or more messages)."""

from __future__ import annotations

import email
import re
from email.message import Message
from pathlib import Path


class Mailbox:
    def __init__(self, directory: Path):
        self.directory = directory

    def messages(self) -> list[Message]:
        found = []
        for path in sorted(self.directory.glob("*.log")):
            for chunk in path.read_text(encoding="utf-8").split("-" * 79):
                if chunk.strip():
                    found.append(email.message_from_string(chunk.strip()))
        return found

    def latest_to(self, address: str) -> Message | None:
        matching = [m for m in self.messages() if address in (m.get("To") or "")]
        return matching[-1] if matching else None

    @staticmethod
    def body(message: Message) -> str:
        payload = message.get_payload(decode=True)
        return payload.decode(message.get_content_charset() or "utf-8") if payload else ""

    def link_to(self, address: str, pattern: str) -> str | None:
        message = self.latest_to(address)
        if message is None:
            return None
        match = re.search(pattern, self.body(message))
        return match.group(0) if match else None
