"""What the chat's pages say around the conversation (the conversation itself is the engine's).

Nothing here names the service or its purpose: a page title, a button or a note can be seen
by someone looking over a shoulder or through the browser's history.
"""

from __future__ import annotations

from dialogues.i18n import N_

# Translators: the title of every chat page, seen in the browser's tabs and history; it must
# stay this neutral (never "restorative justice", never "crime").
TITLE = N_("Chat")
# Translators: GOV.UK's "Exit this page" button; it leaves for another website at once.
EXIT = N_("Exit this page")
# Translators: read by screen readers before "Exit this page".
EXIT_URGENT = N_("Emergency")
# Translators: read by screen readers while the page is being left.
EXIT_LOADING = N_("Loading.")
# Translators: read by screen readers when the three presses of Shift took too long.
EXIT_EXPIRED = N_("Exit this page expired.")
# Translators: read by screen readers after one press of the Shift key.
EXIT_TWO_MORE = N_("Shift, press 2 more times to exit.")
# Translators: read by screen readers after two presses of the Shift key.
EXIT_ONE_MORE = N_("Shift, press 1 more time to exit.")
# Translators: speaks to the reader; no gendered forms (docs/languages.md).
PRIVATE = N_(
    "To leave no trace on this device, use a private or incognito window. To leave at once, "
    "press Exit this page, or press the Shift key 3 times."
)
# Translators: the button that opens a new chat; speaks to the reader.
START = N_("Start")
# Translators: the label of the box where a person types an answer; speaks to the reader.
ANSWER = N_("Your answer")
# Translators: the button that sends a typed answer; speaks to the reader.
SEND = N_("Send")
# Translators: a link to see a code for carrying on the chat later; speaks to the reader.
GET_CODE = N_("Get a code to carry on later")
# Translators: {code} is like K7QM-3XDP-9RTA-W2HN; {date} is a day, like 18 January 2026.
# Speaks to the reader; no gendered forms (docs/languages.md).
CODE = N_(
    "Your code is {code}.\n\n"
    "Keep it somewhere only you can see. With it you can carry on this chat here until "
    "{date}. Anyone who has it can see your answers."
)
# Translators: a link from the code page back to the questions.
BACK_TO_CHAT = N_("Back to the chat")
# Translators: a heading above the box for a code given earlier.
RESUME = N_("Carry on a chat")
# Translators: the label of the box for a code given earlier; speaks to the reader.
RESUME_LABEL = N_("Your code")
# Translators: the button that carries on a chat from its code.
RESUME_BUTTON = N_("Carry on")
# Translators: speaks to the reader; no gendered forms (docs/languages.md).
NO_SUCH_CODE = N_("We could not find a chat with that code. Check it and try again.")
# Translators: speaks to the reader; no gendered forms (docs/languages.md).
TOO_LONG = N_("That was too long to send. Please make it shorter and try again.")
# The heading above the list of languages (the same words as the answer's name).
LANGUAGE = N_("Language")
# Translators: a hidden link for keyboard users, at the top of the page.
SKIP = N_("Skip to main content")
