"""The data model: pydantic classes for roles, the organisation and the shared vocabulary."""

from .organisation import Organisation
from .role import Role
from .vocabulary import Term, Vocabulary

__all__ = ["Organisation", "Role", "Term", "Vocabulary"]
