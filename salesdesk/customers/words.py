"""The customer vocabulary in the current language: statuses, RFM tiers with what each means,
interaction kinds and departments. Shared by the GUI, the exports and the PDF report."""

from __future__ import annotations

from salesdesk.i18n import tr


def status_names() -> dict[str, str]:
    return {
        "prospect": tr("Prospect"),
        "current": tr("Current"),
        "at_risk": tr("At risk"),
        "lost": tr("Lost"),
    }


def rfm_tier_names() -> dict[str, str]:
    return {
        "champions": tr("Champions"),
        "loyal": tr("Loyal"),
        "new": tr("New"),
        "at_risk": tr("At risk (RFM)"),
        "lost": tr("Lost (RFM)"),
        "needs_attention": tr("Needs attention"),
    }


def rfm_tier_explanations() -> dict[str, str]:
    """What each tier means and what to do about it (SPEC §3 RFM)."""
    return {
        "champions": tr(
            "Bought recently, often and for a lot (R, F and M of 4 or 5). Reward them, ask for "
            "referrals, offer new products first.",
        ),
        "loyal": tr(
            "Buy often (F of 4 or 5). Keep them close: loyalty terms, upselling, regular calls.",
        ),
        "new": tr(
            "Bought recently but rarely so far (R of 4 or 5, F of 1). Onboard them well so the "
            "second order follows.",
        ),
        "at_risk": tr(
            "Used to buy often but not lately (R of 1 or 2, F of 3 or more). Call them before "
            "they leave.",
        ),
        "lost": tr(
            "Have not bought for the longest time (R of 1). Win-back offers or let them go.",
        ),
        "needs_attention": tr(
            "Everyone else: middling recency, frequency and spend. Look for a reason to call.",
        ),
    }


def interaction_kind_names() -> dict[str, str]:
    return {
        "call": tr("Call"),
        "meeting": tr("Meeting"),
        "email": tr("E-mail"),
        "service_ticket": tr("Service ticket"),
        "complaint": tr("Complaint"),
        "other": tr("Other"),
        "sale": tr("Order"),
    }


def department_names() -> dict[str, str]:
    return {
        "sales": tr("Sales"),
        "service": tr("Service"),
    }
