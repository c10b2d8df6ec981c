"""Contact details as people type them: the one rule of what an e-mail address looks like,
used by every form that takes one (team members, customers)."""

from __future__ import annotations

import re

from salesdesk.i18n import tr

# someone@somewhere.tld: no spaces, one "@", a domain of dot-separated non-empty labels
_EMAIL = re.compile(r"[^@\s]+@(?:[^@\s.]+\.)+[^@\s.]{2,}")


def email_problem(text: str) -> str | None:
    """Why ``text`` is not an e-mail address, or None when it is one (or is empty: the
    address is optional)."""
    address = text.strip()
    if not address or _EMAIL.fullmatch(address):
        return None
    return tr("{address} is not an e-mail address (name@example.com).", address=address)
