// The web chat's progressive enhancement. Every page works without it (plain form posts);
// with it, GOV.UK's "Exit this page" (its button and three presses of Shift) and a chat
// that grows in place. Loaded as a module from this site only: no inline script (the CSP).
import {
  Button,
  ErrorSummary,
  ExitThisPage,
  SkipLink,
  createAll,
  isSupported
} from '/static/govuk/govuk-frontend.min.js'

const EXIT_FORM = '.rj-exit form'

// The no-JavaScript exit is a form post. GOV.UK's component needs a link, so the button
// becomes one (the form stays, hidden); as the component leaves, the same form is posted
// instead, so the server deletes the chat and its cookie before the neutral site shows.
function upgradeExit () {
  const form = document.querySelector(EXIT_FORM)
  if (!form) return null
  const button = form.querySelector('button')
  const link = document.createElement('a')
  // Not the neutral site itself: the component "goes" to this page's top (no request),
  // and the exit form's post, made at the same moment, is the one way out (one request:
  // a second navigation would only cut the first short).
  link.href = '#'
  link.dataset.exitTo = form.dataset.exitTo
  link.setAttribute('role', 'button')
  link.setAttribute('draggable', 'false')
  link.setAttribute('rel', 'nofollow noreferrer')
  link.className = button.className + ' govuk-js-exit-this-page-button'
  link.replaceChildren(...button.childNodes)
  button.remove()
  form.hidden = true
  form.before(link)
  return form
}

function leaveWith (form) {
  let gone = false
  return function leave () {
    if (gone) return
    gone = true
    // Nothing of the chat is left in this page, should the browser keep it.
    const main = document.getElementById('main')
    if (main) main.replaceChildren()
    // target="_top" leaves the whole tab when the chat is in a frame.
    try {
      form.submit()
    } catch (error) {
      window.top.location.replace(form.dataset.exitTo)
    }
  }
}

function watchExit (form) {
  const leave = leaveWith(form)
  // GOV.UK's component hides the page just before it goes: that is the moment to post.
  new MutationObserver(() => {
    if (document.body.classList.contains('govuk-exit-this-page-hide-content')) leave()
  }).observe(document.body, { attributes: true, attributeFilter: ['class'] })
  return leave
}

// -- the chat in place ------------------------------------------------------------------

function you (words) {
  const said = document.createElement('div')
  said.className = 'rj-you'
  const text = document.createElement('p')
  text.className = 'govuk-body rj-text'
  text.textContent = words
  said.append(text)
  return said
}

function retire (turn) {
  // Ids and focus belong to the newest question only.
  turn.removeAttribute('id')
  for (const element of turn.querySelectorAll('[id]')) element.removeAttribute('id')
  for (const element of turn.querySelectorAll('[tabindex]')) element.removeAttribute('tabindex')
}

async function send (form, submitter, fields, leave) {
  const words = submitter && submitter.name === 'press' ? submitter.textContent.trim() : (fields.get('answer') || '')
  const response = await fetch(form.action, {
    method: 'POST',
    body: new URLSearchParams(fields),
    credentials: 'same-origin',
    headers: { 'X-Chat': 'fetch' }
  })
  if (response.headers.get('X-Chat-Left')) {
    // "/exit" was typed: the chat is gone; leave the way the exit button does.
    leave()
    return
  }
  const page = new DOMParser().parseFromString(await response.text(), 'text/html')
  const turn = page.getElementById('turn')
  if (!turn || page.documentElement.lang !== document.documentElement.lang) {
    // Another kind of page, or another language: show it whole.
    window.location.assign('/chat')
    return
  }
  const log = document.getElementById('log')
  const last = document.getElementById('turn')
  const question = turn.querySelector('#question')
  const same = last && last.querySelector('#question').textContent === question.textContent
  if (same && turn.querySelectorAll('.rj-said').length === 0) {
    // A tick on a list: the same question, its buttons changed.
    last.replaceWith(turn)
  } else {
    if (last) retire(last)
    if (words.trim()) log.append(you(words))
    log.append(turn)
  }
  document.getElementById('answers').replaceWith(page.getElementById('answers'))
  createAll(Button)
  question.focus()
}

function chatInPlace (leave) {
  document.addEventListener('submit', (event) => {
    const form = event.target
    if (!(form instanceof HTMLFormElement) || !form.classList.contains('rj-form')) return
    event.preventDefault()
    // Read before the buttons are disabled: a disabled button sends nothing.
    const fields = new FormData(form, event.submitter)
    for (const button of form.querySelectorAll('button')) button.disabled = true
    send(form, event.submitter, fields, leave).catch(() => window.location.assign('/chat'))
  })
}

// GOV.UK marks the page as able to run its components with this class (its own snippet is
// an inline script, which the CSP refuses); a browser running this module can.
document.body.classList.add('govuk-frontend-supported')
if (isSupported()) {
  const exitForm = upgradeExit()
  createAll(Button)
  createAll(SkipLink)
  createAll(ErrorSummary)
  createAll(ExitThisPage)
  const leave = exitForm ? watchExit(exitForm) : () => {}
  if (document.getElementById('log')) chatInPlace(leave)
}
