"""Who may do what. Roles are strings: "editor", "translator:hy", "reviewer:hy", "publisher",
"admin". The service checks these before every change; the window only greys buttons."""
from __future__ import annotations

from kiosk.authoring.records import ADMIN, EDITOR, PUBLISHER, REVIEWER, TRANSLATOR, Permissions
from kiosk.languages import KNOWN_LANGUAGES

GLOBAL_ROLES = (EDITOR, PUBLISHER, ADMIN)
LANGUAGE_ROLES = (TRANSLATOR, REVIEWER)
SYSTEM = "system"  # the actor when the store is used without a user (CLI on the server)


def parse_role(text: str) -> str:
    """The role in canonical form; ValueError with a plain message if it is not one."""
    role = text.strip().lower()
    if role in GLOBAL_ROLES:
        return role
    name, _, language = role.partition(":")
    if name in LANGUAGE_ROLES:
        if language not in KNOWN_LANGUAGES:
            raise ValueError(f"{text!r}: {name} needs a language, e.g. {name}:hy "
                             f"(one of {', '.join(KNOWN_LANGUAGES)})")
        return f"{name}:{language}"
    raise ValueError(f"{text!r} is not a role (editor, translator:<lang>, reviewer:<lang>, "
                     "publisher, admin)")


class Actor:
    """The acting person's roles; `None` roles means the system (full rights)."""

    def __init__(self, name: str, roles: tuple[str, ...] | None):
        self.name = name
        self.roles = None if roles is None else frozenset(roles)

    @property
    def is_system(self) -> bool:
        return self.roles is None

    def has(self, role: str) -> bool:
        return self.roles is None or ADMIN in self.roles or role in self.roles

    def can_edit_text(self, language: str, source_language: str) -> bool:
        return (self.has(f"{TRANSLATOR}:{language}")
                or (language == source_language and self.has(EDITOR)))

    def can_review(self, language: str) -> bool:
        return self.has(f"{REVIEWER}:{language}")

    def can_edit_facts(self) -> bool:
        return self.has(EDITOR)

    def can_publish(self) -> bool:
        return self.has(PUBLISHER)

    def is_admin(self) -> bool:
        return self.has(ADMIN)

    def permissions(self, language: str, source_language: str) -> Permissions:
        return Permissions(
            edit_text=self.can_edit_text(language, source_language),
            review=self.can_review(language),
            edit_facts=self.can_edit_facts(),
            publish=self.can_publish(),
            admin=self.is_admin(),
        )
