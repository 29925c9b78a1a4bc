"""The Rasa assistant's domain and catalog data, made from the dialogues so they cannot drift.

``python -m bot.rasa.domain`` rewrites ``dialogues/rasa/domain.yml`` and
``dialogues/rasa/data/generated.yml``; a test fails when either committed file differs
from what the flows and catalogs say.

Every response is in the person's language: questions are asked by the action server
(``action_ask_<form>_<slot>``), which words them with the engine; the few fixed
responses carry one variation per shipped language, conditioned on the slot
``language_code`` and taken from the same catalogs (never translated twice).
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import LiteralScalarString

from bot.rasa.actions import (
    CHOICE,
    CHOOSE,
    SKIPPED,
    STEERING,
    ask_action_name,
    form_slots,
    forms,
    menu_buttons,
)
from dialogues import content
from dialogues.flows import SHIPPED
from dialogues.i18n import N_, available_languages, native_name, translator
from dialogues.model import Flows

RASA_DIR = Path(__file__).resolve().parents[2] / "dialogues" / "rasa"
DOMAIN_FILE = RASA_DIR / "domain.yml"
DATA_FILE = RASA_DIR / "data" / "generated.yml"
EXTRA_SLOTS = (
    "language_code",
    "topic",
    "reference",
    "contact_by",
    "eligibility",
    "pending",
    "withdrawing",
)
INTENTS = (
    "greet",
    "refer_myself",
    "enquire_offender",
    "explain",
    "withdraw",
    "set_language",
    "not_safe",
    "stop",
    "skip",
    "help",
    "affirm",
    "deny",
    CHOOSE,
    "inform",
)
FIXED_ACTIONS = (
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
    "action_greet",
    "action_help",
    "action_check_crisis",
    "action_crisis",
)


def actions(flows: Flows = SHIPPED) -> tuple[str, ...]:
    """Every action the domain lists: the fixed ones, then one asking each question."""
    return FIXED_ACTIONS + tuple(
        ask_action_name(form, slot)
        for form, flow in forms(flows).items()
        for slot in form_slots(flow)
    )


ACTIONS = actions()
# Catalog labels a person may send as they are, by the intent they mean: the buttons of
# every channel, so NLU learns each intent in every shipped language from one source.
LABELS: dict[str, tuple[str, ...]] = {
    "greet": (N_("Main menu"),),
    "refer_myself": (N_("I was harmed: refer myself"), N_("Refer yourself")),
    "enquire_offender": (N_("I caused harm: can I take part?"), N_("I caused harm")),
    "explain": (N_("What is restorative justice?"), N_("What is it?")),
    "withdraw": (N_("Delete my details"),),
    "set_language": (N_("Change language"), N_("🌐 Language")),
    "not_safe": (N_("I am not safe right now"),),
    "stop": (N_("Stop and delete"), N_("Stop and delete what I typed")),
    "skip": (N_("Skip"),),
    "help": (N_("How to use this chat"),),
    "affirm": (N_("Yes"), N_("Yes, I agree")),
    "deny": (N_("No"), N_("No, not now")),
}
# Characters Rasa's training data format reads as entity markup.
_MARKUP = re.compile(r"[\[\]\(\){}]")


def _conditioned(make: Any) -> list[dict[str, Any]]:
    """One variation per shipped language (English, unconditioned, last as the default)."""
    variations = []
    for code in available_languages():
        if code == "en":
            continue
        variation = make(translator(code))
        variation["condition"] = [{"type": "slot", "name": "language_code", "value": code}]
        variations.append(variation)
    variations.append(make(translator("en")))
    return variations


def _form_mappings(form: str, slot: str) -> list[dict[str, Any]]:
    when = [{"active_loop": form, "requested_slot": slot}]
    return [
        # A button: the choice's id, whatever the language.
        {"type": "from_entity", "entity": CHOICE, "intent": CHOOSE, "conditions": when},
        {"type": "from_intent", "intent": "skip", "value": SKIPPED, "conditions": when},
        # Typed words, unless they steer (stop, skip, help): "stop" is never a name.
        {"type": "from_text", "not_intent": list(STEERING), "conditions": when},
    ]


def domain(flows: Flows = SHIPPED) -> dict[str, Any]:
    """The domain of the assistant that asks ``flows`` (every slot and form from them)."""
    slots: dict[str, Any] = {}
    required: dict[str, Any] = {}
    for form, flow in forms(flows).items():
        required[form] = {"required_slots": form_slots(flow)}
        for slot in form_slots(flow):
            entry = slots.setdefault(
                slot, {"type": "any", "influence_conversation": False, "mappings": []}
            )
            entry["mappings"].extend(_form_mappings(form, slot))
    for slot in EXTRA_SLOTS:
        mapping = (
            [{"type": "from_entity", "entity": slot}] if slot == "topic" else [{"type": "custom"}]
        )
        kind = {"pending": "any", "withdrawing": "bool"}.get(slot, "text")
        slots[slot] = {"type": kind, "influence_conversation": False, "mappings": mapping}
    # Checked on every message by the action server before anything else is predicted.
    slots["crisis"] = {
        "type": "bool",
        "initial_value": False,
        "influence_conversation": True,
        "mappings": [{"type": "custom", "action": "action_check_crisis"}],
    }
    responses = {
        "utter_offender_intro": _conditioned(lambda t: {"text": t.gettext(content.OFFENDER_INTRO)}),
        "utter_default": _conditioned(
            lambda t: {
                "text": t.gettext(N_("Please choose one of the options below.")),
                # Rasa fills {slot} in responses: a payload's own braces are doubled.
                "buttons": [
                    {**b, "payload": b["payload"].replace("{", "{{").replace("}", "}}")}
                    for b in menu_buttons(t)
                ],
            }
        ),
    }
    return {
        "version": "3.1",
        "session_config": {"session_expiration_time": 60, "carry_over_slots_to_new_session": False},
        "intents": list(INTENTS),
        "entities": ["language_code", "topic", CHOICE, "confirm"],
        "slots": slots,
        "forms": required,
        "responses": responses,
        "actions": list(actions(flows)),
    }


def _examples() -> dict[str, list[str]]:
    """Each steering intent's catalog labels in every shipped language, each said once."""
    seen: dict[str, str] = {}
    found: dict[str, list[str]] = {intent: [] for intent in LABELS}
    for code in available_languages():
        t = translator(code)
        for intent, labels in LABELS.items():
            for label in labels:
                text = " ".join(t.gettext(label).replace("🌐", "").split())
                if (
                    not text
                    or _MARKUP.search(text)
                    or seen.setdefault(text.casefold(), intent) != intent
                ):
                    continue
                if text not in found[intent]:
                    found[intent].append(text)
    for code in available_languages():
        name = native_name(code)
        if not _MARKUP.search(name):
            found["set_language"].append(
                f'[{name}]{{"entity": "language_code", "value": "{code}"}}'
            )
    for topic in content.TOPICS:
        for code in available_languages():
            title = " ".join(translator(code).gettext(topic.title).split())
            if _MARKUP.search(title) or title.casefold() in seen:
                continue
            seen[title.casefold()] = "explain"
            # The entity is the words; a question mark after it is its own token.
            words = title.rstrip("?？؟.!: ")
            after = title[len(words) :]
            before = words[: len(words) - len(words.lstrip("¿¡ "))]
            found.setdefault("explain", []).append(
                f'{before}[{words[len(before) :]}]{{"entity": "topic", "value": "{topic.id}"}}'
                f"{after}"
            )
    return found


def data() -> dict[str, Any]:
    """NLU examples from the catalogs, and the rules that put a crisis before NLU's guess."""
    nlu = [
        {"intent": intent, "examples": "".join(f"- {e}\n" for e in examples)}
        for intent, examples in _examples().items()
        if examples
    ]
    rules = [
        {
            "rule": f"crisis words are answered with the helplines, not as {intent}",
            "condition": [{"active_loop": None}],
            "steps": [
                {"intent": intent},
                {"slot_was_set": [{"crisis": True}]},
                {"action": "action_crisis"},
            ],
        }
        for intent in (*INTENTS, "nlu_fallback")
    ]
    return {"version": "3.1", "nlu": nlu, "rules": rules}


def _literal(value: Any) -> Any:
    """Texts of several lines written as YAML blocks, so the files read as the texts do."""
    if isinstance(value, dict):
        return {k: _literal(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_literal(v) for v in value]
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    return value


def _dump(value: dict[str, Any], note: str) -> str:
    yaml = YAML()
    yaml.default_flow_style = False
    yaml.width = 100
    yaml.allow_unicode = True
    out = io.StringIO()
    out.write(f"# Made by `python -m bot.rasa.domain` from {note}: do not edit by hand.\n")
    yaml.dump(_literal(value), out)
    return out.getvalue()


def render() -> str:
    return _dump(domain(), "the dialogues")


def render_data() -> str:
    return _dump(data(), "the catalogs")


if __name__ == "__main__":
    DOMAIN_FILE.parent.mkdir(parents=True, exist_ok=True)
    DOMAIN_FILE.write_text(render(), encoding="utf-8")
    DATA_FILE.write_text(render_data(), encoding="utf-8")
    print(f"wrote {DOMAIN_FILE} and {DATA_FILE}")
