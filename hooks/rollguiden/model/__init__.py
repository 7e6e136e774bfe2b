"""The data model: pydantic classes for roles, the organisation and the shared vocabulary."""

from .comparison import Comparisons, FeaturedComparison
from .glossary import Glossary, GlossaryTerm
from .job_evaluation import JobEvaluationPlan, RoleEvaluation
from .organisation import Organisation
from .role import Role
from .vocabulary import Term, Vocabulary

__all__ = [
    "Comparisons",
    "FeaturedComparison",
    "Glossary",
    "GlossaryTerm",
    "JobEvaluationPlan",
    "Organisation",
    "Role",
    "RoleEvaluation",
    "Term",
    "Vocabulary",
]
