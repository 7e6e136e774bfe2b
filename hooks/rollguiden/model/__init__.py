"""The data model: pydantic classes for roles, the organisation and the shared vocabulary."""

from .comparison import Comparisons, FeaturedComparison
from .organisation import Organisation
from .role import Role
from .vocabulary import Term, Vocabulary

__all__ = [
    "Comparisons",
    "FeaturedComparison",
    "Organisation",
    "Role",
    "Term",
    "Vocabulary",
]
