"""The Rasa assistant's domain, made from the dialogues so the two cannot drift apart.

``python -m bot.rasa_domain`` rewrites ``dialogues/rasa/domain.yml``; a test fails
when the committed file differs from what the flows say.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from bot.rasa_actions import FORMS, form_slots
from dialogues import content
from dialogues.flows import STEPS

DOMAIN_FILE = Path(__file__).resolve().parent.parent / "dialogues" / "rasa" / "domain.yml"
EXTRA_SLOTS = ("language_code", "topic", "reference", "contact_by", "eligibility")
INTENTS = (
    "greet",
    "refer_myself",
    "enquire_offender",
    "explain",
    "withdraw",
    "set_language",
    "not_safe",
    "stop",
    "inform",
)
ACTIONS = (
    "validate_self_referral_form",
    "validate_offender_enquiry_form",
    "validate_monitoring_form",
    "action_submit_monitoring",
    "action_submit_self_referral",
    "action_submit_offender_enquiry",
    "action_explain_topic",
    "action_check_eligibility",
    "action_withdraw",
    "action_set_language",
    "action_stop",
)


def _ask(slot: str, form: str) -> dict[str, Any]:
    flow = FORMS[form]
    question = STEPS[f"{flow.id}.{slot}"]
    response: dict[str, Any] = {"text": question.prompt.replace("{service}", "us")}
    buttons = [{"title": c.label, "payload": c.id} for c in question.choices if c.channel is None]
    # Several at once are typed ("phone, email"): Rasa's buttons pick one.
    if question.optional:
        buttons.append({"title": "Skip", "payload": "skip"})
    if buttons:
        response["buttons"] = buttons
    return response


def domain() -> dict[str, Any]:
    slots: dict[str, Any] = {}
    responses: dict[str, Any] = {}
    forms: dict[str, Any] = {}
    for form, flow in FORMS.items():
        forms[form] = {"required_slots": form_slots(flow)}
        for slot in form_slots(flow):
            slots.setdefault(
                slot,
                {
                    "type": "any",
                    "influence_conversation": False,
                    "mappings": [],
                },
            )
            conditions = slots[slot]["mappings"]
            conditions.append(
                {
                    "type": "from_text",
                    "conditions": [{"active_loop": form, "requested_slot": slot}],
                }
            )
            # A question in both forms is asked in the words of the victim's form.
            responses.setdefault(f"utter_ask_{slot}", [_ask(slot, form)])
    for slot in EXTRA_SLOTS:
        mapping = (
            [{"type": "from_entity", "entity": slot}]
            if slot in ("language_code", "topic")
            else [{"type": "custom"}]
        )
        slots[slot] = {"type": "text", "influence_conversation": False, "mappings": mapping}
    responses["utter_greet"] = [{"text": content.WELCOME.replace("{service}", "us")}]
    responses["utter_not_safe"] = [{"text": content.CRISIS.split("{support}")[0].strip()}]
    responses["utter_offender_intro"] = [{"text": content.OFFENDER_INTRO}]
    return {
        "version": "3.1",
        "session_config": {"session_expiration_time": 60, "carry_over_slots_to_new_session": False},
        "intents": list(INTENTS),
        "entities": ["language_code", "topic"],
        "slots": slots,
        "forms": forms,
        "responses": responses,
        "actions": list(ACTIONS),
    }


def render() -> str:
    yaml = YAML()
    yaml.default_flow_style = False
    yaml.width = 100
    out = io.StringIO()
    out.write("# Made by `python -m bot.rasa_domain` from the dialogues: do not edit by hand.\n")
    yaml.dump(domain(), out)
    return out.getvalue()


if __name__ == "__main__":
    DOMAIN_FILE.parent.mkdir(parents=True, exist_ok=True)
    DOMAIN_FILE.write_text(render(), encoding="utf-8")
    print(f"wrote {DOMAIN_FILE}")
