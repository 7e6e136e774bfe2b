"""A job ad as structured data a job board reads: schema.org's JobPosting, one JSON file per
role in the API (api/v1/job-postings/<id>.json), with the JSON Schema it follows. Only facts
the organisation has given go in: a placeholder of the draft is left out, not exported."""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urljoin

from rollguiden.model.job_ads import Employment
from rollguiden.pages.job_ad import JobAd, ad_facts
from rollguiden.pages.paths import job_ad_page, site_url
from rollguiden.pages.publication import published_range
from rollguiden.pages.views import RoleView
from rollguiden.reading.catalog import Catalog
from rollguiden.reading.schema import JSON_SCHEMA_DIALECT

POSTING_SCHEMA_NAME = "job-posting.schema.json"
COUNTRY = "SE"
"""ISO 3166-1 alpha-2: the ads are for work in Sweden (the organisation's legal framework)."""

# schema.org's employmentType values (as Google's job search reads them)
_EMPLOYMENT_TYPES = {"full_time": "FULL_TIME", "part_time": "PART_TIME"}
_TEMPORARY = frozenset({"fixed_term", "substitute", "seasonal"})


def job_posting(
    catalog: Catalog, view: RoleView, ad: JobAd, site_address: str | None = None
) -> dict[str, Any]:
    """The role's ad as a schema.org JobPosting: its address whole under `site_address`
    (mkdocs.yml's site_url), else relative to the site's root."""
    role = view.role
    facts = ad_facts(catalog, view).values
    posting: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "identifier": {"@type": "PropertyValue", "name": catalog.organisation.name,
                       "value": role.id},
        # a job board needs the whole address: there once mkdocs.yml gives the site's
        "url": urljoin(site_address.rstrip("/") + "/", site_url(job_ad_page(role.id)))
        if site_address
        else site_url(job_ad_page(role.id)),
        "title": role.title,
        "description": ad.board_text(),
        "hiringOrganization": {"@type": "Organization", "name": catalog.organisation.name},
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressCountry": COUNTRY,
                **({"addressLocality": facts["location"]} if facts["location"] else {}),
            },
        },
    }  # fmt: skip
    employment: Employment | None = facts["employment"]
    if employment is not None:
        kinds = [_EMPLOYMENT_TYPES[employment.extent]]
        if employment.form in _TEMPORARY:
            kinds.append("TEMPORARY")
        posting["employmentType"] = kinds
    if facts["apply_by"] is not None:
        posting["validThrough"] = facts["apply_by"].isoformat()
    start = _iso_date(facts["start"])
    if start is not None:  # "Enligt överenskommelse" is for people: schema.org wants a date
        posting["jobStartDate"] = start
    if facts["offer"]:
        posting["jobBenefits"] = "; ".join(facts["offer"])
    if role.occupation_codes is not None:
        ssyk = role.occupation_codes.ssyk
        posting["occupationalCategory"] = f"{ssyk.code} {ssyk.name}"
    # the range where the site publishes it: with the pay model, or alone (pay_publication)
    pay_range = published_range(catalog, role)
    if pay_range is not None:
        posting["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": pay_range.currency,
            "value": {
                "@type": "QuantitativeValue",
                "minValue": pay_range.min,
                "maxValue": pay_range.max,
                "unitText": "MONTH",
            },
        }
    if role.pay is not None:
        terms = next(section for section in ad.sections if section.key == "terms")
        posting["incentiveCompensation"] = terms.items[-1]  # the pay in one sentence
    return posting


def _iso_date(value: object) -> str | None:
    """`value` as an ISO date (YYYY-MM-DD) where it is one, else None."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            return None
    return None


def job_posting_schema() -> dict[str, Any]:
    """The JSON Schema the API's JobPosting files follow: the part of schema.org's JobPosting
    that Rollguiden writes, each property as schema.org defines it."""
    text = {"type": "string", "minLength": 1}

    def typed(name: str, properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
        return {
            "type": "object",
            "additionalProperties": False,
            "required": ["@type", *required],
            "properties": {"@type": {"const": name}, **properties},
        }

    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": POSTING_SCHEMA_NAME,
        "title": "schema.org JobPosting, as Rollguiden exports a job ad",
        **typed(
            "JobPosting",
            {
                "@context": {"const": "https://schema.org"},
                "identifier": typed("PropertyValue", {"name": text, "value": text},
                                    ["name", "value"]),
                "url": text,
                "title": text,
                "description": text,
                "hiringOrganization": typed("Organization", {"name": text}, ["name"]),
                "jobLocation": typed("Place", {"address": typed("PostalAddress", {
                    "addressCountry": {"type": "string", "pattern": "^[A-Z]{2}$"},
                    "addressLocality": text,
                }, ["addressCountry"])}, ["address"]),
                "employmentType": {
                    "type": "array",
                    "minItems": 1,
                    "items": {"enum": ["FULL_TIME", "PART_TIME", "TEMPORARY"]},
                },
                "validThrough": {"type": "string", "format": "date"},
                "jobStartDate": text,
                "jobBenefits": text,
                "occupationalCategory": {"type": "string", "pattern": "^[0-9]{4} .+$"},
                "baseSalary": typed("MonetaryAmount", {
                    "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
                    "value": typed("QuantitativeValue", {
                        "minValue": {"type": "number", "minimum": 0},
                        "maxValue": {"type": "number", "minimum": 0},
                        "unitText": {"const": "MONTH"},
                    }, ["minValue", "maxValue", "unitText"]),
                }, ["currency", "value"]),
                "incentiveCompensation": text,
            },
            ["@context", "identifier", "url", "title", "description", "hiringOrganization",
             "jobLocation"],
        ),
    }  # fmt: skip
