"""The intent table: every intent's tool, tier tendency, volume, neighbours and description."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

__all__ = ["INTENTS", "TIERS", "TOOLS", "IntentSpec", "Tier", "Tool"]

Tier = Literal["chatbot", "elearning", "ambassador", "support"]
"""A support tier, from the cheapest (``chatbot``) to the most expensive (``support``)."""

Tool = Literal["social_network", "messaging", "cloud_storage", "business_apps"]
"""A collaboration tool of the organisation."""

TIERS: tuple[Tier, ...] = ("chatbot", "elearning", "ambassador", "support")
TOOLS: tuple[Tool, ...] = ("social_network", "messaging", "cloud_storage", "business_apps")


@dataclass(frozen=True)
class IntentSpec:
    """What an intent is about and which tier usually solves it.

    Parameters
    ----------
    name : str
        The snake_case intent id.
    tool : {"social_network", "messaging", "cloud_storage", "business_apps"}
        The tool the requests are most often about.
    tier : {"chatbot", "elearning", "ambassador", "support"}
        The tier tendency, which selects the labelling rule of :func:`true_tier`: ``chatbot``
        for how-to questions the FAQ answers, ``elearning`` for learning needs, ``ambassador``
        for complex, job-specific requests, ``support`` for what must not be automated.
    weight : float
        Relative request volume before profile effects.
    neighbours : tuple of str
        Intents a request is easily confused with; label noise swaps to one of them.
    description : str
        One line, in English.
    error_slot : str or None, default=None
        The slot of error codes a long request may paste (``"sync_code"``, ``"signin_error"``,
        ``"app_error"`` or ``"http_error"``), or None when the intent has no error messages.

    Examples
    --------
    >>> from supportml.data import INTENTS
    >>> spec = INTENTS["outage"]
    >>> spec.tool, spec.tier
    ('messaging', 'support')
    """

    name: str
    tool: Tool
    tier: Tier
    weight: float
    neighbours: tuple[str, ...]
    description: str
    error_slot: str | None = None


_SPECS = (
    # cloud storage
    IntentSpec(
        "share_file",
        "cloud_storage",
        "chatbot",
        3.0,
        ("permissions", "external_guest"),
        "share a file or folder with colleagues",
    ),
    IntentSpec(
        "permissions",
        "cloud_storage",
        "chatbot",
        2.5,
        ("share_file", "account_access"),
        "change who can view or edit, access denied on a shared item",
    ),
    IntentSpec(
        "external_guest",
        "cloud_storage",
        "chatbot",
        1.5,
        ("share_file", "permissions"),
        "invite or share with people outside the organisation",
    ),
    IntentSpec(
        "sync_error",
        "cloud_storage",
        "chatbot",
        2.5,
        ("storage_quota", "field_offline"),
        "cloud storage client not syncing, conflicts, duplicates",
        "sync_code",
    ),
    IntentSpec(
        "file_recovery",
        "cloud_storage",
        "chatbot",
        1.5,
        ("version_history", "sync_error"),
        "restore a deleted file or folder from the recycle bin",
    ),
    IntentSpec(
        "version_history",
        "cloud_storage",
        "chatbot",
        1.0,
        ("file_recovery", "share_file"),
        "see, compare or restore previous versions of a document",
    ),
    IntentSpec(
        "storage_quota",
        "cloud_storage",
        "chatbot",
        1.2,
        ("sync_error", "file_recovery"),
        "storage full, quota increase, what uses the space",
    ),
    IntentSpec(
        "search_content",
        "cloud_storage",
        "chatbot",
        1.0,
        ("teams_channels", "version_history"),
        "find a document, a post or a conversation",
    ),
    IntentSpec(
        "data_classification",
        "cloud_storage",
        "chatbot",
        0.8,
        ("governance_retention", "security_incident"),
        "sensitivity labels, which data may be stored or shared where",
    ),
    IntentSpec(
        "governance_retention",
        "cloud_storage",
        "ambassador",
        0.6,
        ("data_classification", "file_recovery"),
        "retention, archiving, ownership and lifecycle of team spaces",
    ),
    IntentSpec(
        "field_offline",
        "cloud_storage",
        "chatbot",
        1.0,
        ("mobile_app", "sync_error"),
        "working offline in the field: offline files, forms without signal",
    ),
    # messaging
    IntentSpec(
        "notifications",
        "messaging",
        "chatbot",
        1.8,
        ("profile_settings", "teams_channels"),
        "too many or missing notifications, muting, quiet hours",
    ),
    IntentSpec(
        "meeting_recording",
        "messaging",
        "chatbot",
        1.2,
        ("meeting_setup", "search_content"),
        "record a meeting, find a recording or a transcript",
    ),
    IntentSpec(
        "meeting_setup",
        "messaging",
        "chatbot",
        1.5,
        ("meeting_recording", "teams_channels"),
        "schedule and run meetings, webinars and rooms",
    ),
    IntentSpec(
        "chat_etiquette",
        "messaging",
        "chatbot",
        0.6,
        ("teams_channels", "notifications"),
        "good practices: channel or chat, mentions, status, tone",
    ),
    IntentSpec(
        "teams_channels",
        "messaging",
        "chatbot",
        1.2,
        ("create_community", "chat_etiquette"),
        "create, organise and clean up teams and channels",
    ),
    IntentSpec(
        "mobile_app",
        "messaging",
        "chatbot",
        1.5,
        ("field_offline", "mfa_setup"),
        "install and use the mobile apps, personal or shared devices",
    ),
    IntentSpec(
        "password_reset",
        "messaging",
        "chatbot",
        2.5,
        ("mfa_setup", "account_access"),
        "forgotten or expired password, locked account, self-service reset",
        "signin_error",
    ),
    IntentSpec(
        "mfa_setup",
        "messaging",
        "chatbot",
        1.5,
        ("password_reset", "mobile_app"),
        "register or change the second authentication factor",
        "signin_error",
    ),
    IntentSpec(
        "account_access",
        "messaging",
        "support",
        2.0,
        ("password_reset", "licence_request"),
        "no account, disabled account, cannot sign in at all",
        "signin_error",
    ),
    IntentSpec(
        "licence_request",
        "messaging",
        "support",
        1.0,
        ("account_access", "feature_request"),
        "request, transfer or restore a licence",
    ),
    IntentSpec(
        "outage",
        "messaging",
        "support",
        1.0,
        ("sync_error", "business_app_bug"),
        "service down or very slow for many people, incident",
        "http_error",
    ),
    IntentSpec(
        "security_incident",
        "messaging",
        "support",
        0.6,
        ("password_reset", "data_classification"),
        "phishing, compromised account, lost device, data sent to the wrong person",
    ),
    IntentSpec(
        "onboarding_first_steps",
        "messaging",
        "elearning",
        1.0,
        ("training_request", "profile_settings"),
        "a new hire's first steps with the collaboration tools",
    ),
    IntentSpec(
        "training_request",
        "messaging",
        "elearning",
        1.2,
        ("onboarding_first_steps", "feature_request"),
        "ask for a training, a tutorial, a workshop or a certification",
    ),
    # enterprise social network
    IntentSpec(
        "create_community",
        "social_network",
        "chatbot",
        0.8,
        ("animate_community", "teams_channels"),
        "create, configure and archive a community",
    ),
    IntentSpec(
        "animate_community",
        "social_network",
        "ambassador",
        0.6,
        ("create_community", "publish_post"),
        "bring a community to life: engagement, events, campaigns",
    ),
    IntentSpec(
        "publish_post",
        "social_network",
        "chatbot",
        0.8,
        ("animate_community", "profile_settings"),
        "publish, pin, schedule or translate posts, polls, mentions",
    ),
    IntentSpec(
        "profile_settings",
        "social_network",
        "chatbot",
        0.8,
        ("notifications", "publish_post"),
        "profile, photo, status, out of office, interface language",
    ),
    IntentSpec(
        "feature_request",
        "social_network",
        "ambassador",
        0.8,
        ("training_request", "licence_request"),
        "suggest a feature or ask when one will be available",
    ),
    # business apps built on the platform
    IntentSpec(
        "business_app_bug",
        "business_apps",
        "support",
        1.5,
        ("business_app_howto", "outage"),
        "an in-house business app is broken or shows an error",
        "app_error",
    ),
    IntentSpec(
        "business_app_howto",
        "business_apps",
        "ambassador",
        1.2,
        ("business_app_bug", "automate_workflow"),
        "how to use or adapt an in-house business app",
    ),
    IntentSpec(
        "integration_api",
        "business_apps",
        "ambassador",
        0.5,
        ("automate_workflow", "business_app_bug"),
        "developers calling the platform APIs, webhooks, bots, tokens",
        "http_error",
    ),
    IntentSpec(
        "automate_workflow",
        "business_apps",
        "ambassador",
        0.7,
        ("integration_api", "business_app_howto"),
        "build approval flows and automations without code",
    ),
)

INTENTS = MappingProxyType({spec.name: spec for spec in _SPECS})
"""Every intent id, mapped to its :class:`IntentSpec`, in a stable order."""
