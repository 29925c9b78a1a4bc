// A local Telegram Bot API for end-to-end tests: telegram-test-api behind a thin fix-up layer.
//
// telegram-test-api 4.2.1 answers some methods in ways python-telegram-bot 22 cannot read
// (shared/telegram-emulator.md lists seven). Each fix below is marked with its number and
// makes one answer look like the real Bot API's, so the bot under test runs unchanged.
// The fix-ups sit in an Express app of our own that wraps the emulator's app: bot-method
// answers are rewritten on their way out (res.json is wrapped per request).
//
// Usage: node server.js [port]   (or PORT=...; 0, the default, picks a free port)
// Prints exactly one line, "READY <port>", once listening on 127.0.0.1; exits on SIGTERM/SIGINT.
//
// Client routes added here (the person's side):
//   POST /deletedMessages {chatId?}      every deleteMessage call the bot made (for a chat)
//   POST /botMessages     {token, chatId} that chat's bot messages as they are now (edits applied)
//   POST /webhookFaults   {token, duplicateEvery} post every Nth update twice at once (0: never)
//   POST /webhookStats    {token}         deliveries made, failed, duplicated and still pending
//
// Webhooks: the bot's setWebhook, deleteWebhook and getWebhookInfo are answered here, not by
// the emulator (whose own webhook posts once, without the secret header, and loses the update
// when the post fails). Updates are stored as in polling; a delivery loop takes each bot's
// unread ones and POSTs them to its URL with X-Telegram-Bot-Api-Secret-Token, up to
// max_connections at once but one at a time for each chat, in order (as Telegram's own
// server does), and posts a failed one again (an error status, or no answer) after a pause
// that grows, until it is answered with success. /webhookFaults makes some updates posted
// twice at once. While a webhook is set, getUpdates answers 409, as Telegram's does.
'use strict';

const http = require('http');
const express = require('express');
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2] ?? process.env.PORT ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`emulator: bad port ${process.argv[2] ?? process.env.PORT}`);
  process.exit(2);
}

// The emulator's own start() is never called: it would turn port 0 into 9000, and we serve its
// Express app from our server instead. Its purge timer starts only in start(), so nothing is
// purged while this process lives; storeTimeout is set large anyway in case that changes.
const emulator = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 3600 });

const BOT = {
  id: 666,
  is_bot: true, // 1: PTB will not start without it
  first_name: 'Test First name',
  username: 'TestNameBot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};

// 5: methods the emulator lacks that only change how the bot looks; Telegram's success answers.
const COSMETIC = {
  setMyCommands: true,
  getMyCommands: [],
  deleteMyCommands: true,
  setChatMenuButton: true,
  getChatMenuButton: { type: 'default' },
  sendChatAction: true,
  setMyDescription: true,
  setMyShortDescription: true,
  setMyName: true,
};
const EMULATED = new Set([
  'getMe', 'getUpdates', 'sendMessage', 'editMessageText', 'editMessageReplyMarkup',
  'answerCallbackQuery', 'deleteMessage',
]);

const deleted = []; // every deleteMessage call: {chat_id, message_id, deleted, at}
const hooks = new Map(); // bot token -> its webhook (see setWebhook below)

const seconds = (ms) => Math.floor(Number(ms) / 1000);
// 2: a date in milliseconds (anything past year 5138 in seconds) becomes seconds.
const inSeconds = (date) => (typeof date === 'number' && date > 1e11 ? seconds(date) : date);

function findBotMessage(chatId, messageId) {
  return emulator.storage.botMessages.find(
    (u) => String(u.messageId) === String(messageId) && String(u.message.chat_id) === String(chatId),
  );
}

// A stored bot message as the Bot API's Message object.
function asMessage(stored, edited) {
  const inline = stored.message.reply_markup;
  const message = {
    message_id: stored.messageId,
    date: seconds(stored.time),
    chat: { id: Number(stored.message.chat_id), type: 'private' },
    from: BOT,
    text: stored.message.text,
  };
  if (inline && Array.isArray(inline.inline_keyboard)) message.reply_markup = inline;
  if (edited) message.edit_date = seconds(Date.now());
  return message;
}

// 2 and 3: an update as the Bot API sends it, whether polled or posted to a webhook.
function fixUpdate(update) {
  const query = update.callback_query;
  if (query) {
    // 3: PTB drops the whole batch without chat_instance.
    query.chat_instance = query.chat_instance || String(query.from.id);
    if (query.message) query.message.date = inSeconds(query.message.date);
  }
  if (update.message) update.message.date = inSeconds(update.message.date);
  return update;
}

function apiError(res, description, code = 400) {
  res.status(code).json({ ok: false, error_code: code, description });
}

const app = express();
app.use(express.json());
app.use(express.urlencoded({ extended: true }));

app.post('/deletedMessages', (req, res) => {
  const chatId = req.body.chatId;
  const result = chatId === undefined
    ? deleted
    : deleted.filter((d) => String(d.chat_id) === String(chatId));
  res.json({ ok: true, result });
});

app.post('/botMessages', (req, res) => {
  const { token, chatId } = req.body;
  const result = emulator.storage.botMessages.filter(
    (u) => u.botToken === token && String(u.message.chat_id) === String(chatId),
  );
  res.json({ ok: true, result });
});

// The emulator stores a client message without a botToken nowhere and throws later, out of
// sight; say so to the test instead.
app.post(['/sendMessage', '/sendCommand', '/sendCallback'], (req, res, next) => {
  if (!req.body || !req.body.botToken) return apiError(res, 'Bad Request: botToken is required');
  return next();
});

app.post('/webhookFaults', (req, res) => {
  const hook = hooks.get(req.body.token);
  if (!hook) return apiError(res, 'Bad Request: no webhook is set for this token');
  hook.duplicateEvery = Number(req.body.duplicateEvery) || 0;
  return res.json({ ok: true, result: true });
});

app.post('/webhookStats', (req, res) => {
  const hook = hooks.get(req.body.token);
  if (!hook) return apiError(res, 'Bad Request: no webhook is set for this token');
  const { delivered, failed, duplicated } = hook;
  const pending = hook.queue.length + hook.inFlight + hook.waiting;
  return res.json({ ok: true, result: { delivered, failed, duplicated, pending } });
});

// The chat an update belongs to: Telegram posts one update of a chat at a time.
function chatOf(update) {
  const message = update.message || (update.callback_query && update.callback_query.message);
  if (message && message.chat) return String(message.chat.id);
  return update.callback_query ? String(update.callback_query.from.id) : `update:${update.update_id}`;
}

// Posts one update. A failed original goes back to the front of the queue after a pause that
// grows, its chat held until it is answered; a failed duplicate is dropped (its original
// stands for it).
async function deliver(token, hook, entry) {
  const { update, attempt, duplicate } = entry;
  hook.inFlight += 1;
  let failure = null;
  try {
    const headers = { 'Content-Type': 'application/json' };
    if (hook.secret) headers['X-Telegram-Bot-Api-Secret-Token'] = hook.secret;
    const answer = await fetch(hook.url, {
      method: 'POST', headers, body: JSON.stringify(update), signal: AbortSignal.timeout(60000),
    });
    await answer.arrayBuffer();
    if (!answer.ok) failure = `Wrong response from the webhook: ${answer.status}`;
  } catch (error) {
    failure = `Connection failed: ${error.message}`;
  }
  hook.inFlight -= 1;
  if (hooks.get(token) !== hook) return; // deleted meanwhile
  if (failure === null) {
    hook.delivered += 1;
    if (!duplicate) hook.busy.delete(chatOf(update));
    return;
  }
  hook.failed += 1;
  hook.lastError = { date: seconds(Date.now()), message: failure };
  if (duplicate) return;
  hook.waiting += 1;
  setTimeout(() => {
    hook.waiting -= 1;
    hook.queue.unshift({ update, attempt: attempt + 1, duplicate: false });
  }, Math.min(100 * 2 ** attempt, 2000));
}

// Every 10 ms: take each webhook's new updates and start as many posts as it allows, the
// oldest first, skipping chats that have a post in flight (Telegram's Bot API server keeps a
// queue per chat, so one chat's updates arrive in order, one at a time).
setInterval(() => {
  for (const [token, hook] of hooks) {
    for (const update of emulator.getUpdates(token)) {
      hook.queue.push({ update: fixUpdate(update), attempt: 0, duplicate: false });
    }
    for (let i = 0; i < hook.queue.length && hook.inFlight < hook.maxConnections;) {
      const entry = hook.queue[i];
      const chat = chatOf(entry.update);
      // A retry (attempt > 0) is the post its chat is held for; anything else waits its turn.
      if (entry.attempt === 0 && hook.busy.has(chat)) {
        i += 1;
        continue;
      }
      hook.queue.splice(i, 1);
      hook.busy.add(chat);
      if (entry.attempt === 0) hook.originals += 1;
      deliver(token, hook, entry);
      if (entry.attempt === 0 && hook.duplicateEvery > 0
          && hook.originals % hook.duplicateEvery === 0) {
        // Telegram posts an update again when the first post seems to hang: both can be
        // in flight at once, at two instances.
        hook.duplicated += 1;
        deliver(token, hook, { update: entry.update, attempt: 0, duplicate: true });
      }
    }
  }
}, 10).unref();

// The webhook methods, answered as Telegram answers them.
function webhookMethod(method, token, body, res) {
  const hook = hooks.get(token);
  const yes = (value) => value === true || value === 'true';
  if (method === 'setWebhook') {
    if (!body.url) return apiError(res, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
    // Set again (each instance sets it as it starts): the same queue, nothing in flight lost.
    const kept = hook || {
      queue: [], busy: new Set(), inFlight: 0, waiting: 0, delivered: 0, originals: 0,
      failed: 0, duplicated: 0, duplicateEvery: 0, lastError: null,
    };
    if (yes(body.drop_pending_updates)) {
      emulator.getUpdates(token);
      kept.queue = [];
      kept.busy.clear();
    }
    kept.url = String(body.url);
    kept.secret = body.secret_token ? String(body.secret_token) : null;
    kept.maxConnections = Number(body.max_connections) || 40;
    hooks.set(token, kept);
    return res.json({ ok: true, result: true, description: 'Webhook was set' });
  }
  if (method === 'deleteWebhook') {
    hooks.delete(token);
    if (yes(body.drop_pending_updates)) emulator.getUpdates(token);
    return res.json({ ok: true, result: true, description: 'Webhook was deleted' });
  }
  const info = { url: hook ? hook.url : '', has_custom_certificate: false };
  if (hook) {
    info.pending_update_count = hook.queue.length + hook.inFlight + hook.waiting;
    info.max_connections = hook.maxConnections;
    if (hook.lastError) {
      info.last_error_date = hook.lastError.date;
      info.last_error_message = hook.lastError.message;
    }
  } else {
    info.pending_update_count = emulator.storage.userMessages.filter(
      (u) => u.botToken === token && !u.isRead,
    ).length;
  }
  return res.json({ ok: true, result: info });
}

app.use((req, res, next) => {
  const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.path);
  if (!match) return next();
  const [, token, method] = match;
  const body = req.body || {};

  if (['setWebhook', 'deleteWebhook', 'getWebhookInfo'].includes(method)) {
    return webhookMethod(method, token, body, res);
  }
  if (method === 'getUpdates' && hooks.has(token)) {
    return apiError(res, "Conflict: can't use getUpdates method while webhook is active; "
      + 'use deleteWebhook to delete the webhook first', 409);
  }

  // 5: cosmetic calls succeed; anything else unknown is a Bot-API-style 400, not an HTTP 500.
  if (Object.hasOwn(COSMETIC, method)) return res.json({ ok: true, result: COSMETIC[method] });
  if (!EMULATED.has(method)) {
    return apiError(res, `Bad Request: method ${method} is not supported by the emulator`);
  }

  const isEdit = method === 'editMessageText' || method === 'editMessageReplyMarkup';
  if (isEdit) {
    if (body.inline_message_id !== undefined) return res.json({ ok: true, result: true });
    if (!findBotMessage(body.chat_id, body.message_id)) {
      return apiError(res, 'Bad Request: message to edit not found');
    }
  }
  let record = null;
  if (method === 'deleteMessage') {
    record = {
      chat_id: Number(body.chat_id),
      message_id: Number(body.message_id),
      deleted: false,
      at: Date.now(),
    };
    deleted.push(record);
  }

  const send = res.json.bind(res);
  res.json = (answer) => {
    if (answer && typeof answer === 'object' && !('ok' in answer)) {
      // 5: the emulator's own errors ({message}, HTTP 500) in the Bot API's shape.
      answer = { ok: false, error_code: res.statusCode, description: String(answer.message) };
    }
    if (answer && answer.ok === false) {
      // 6: a Bot API error is an HTTP error, not HTTP 200 with ok: false.
      const code = Number(answer.error_code) || 400;
      let { description } = answer;
      if (record && Number.isFinite(record.chat_id) && Number.isFinite(record.message_id)) {
        description = 'Bad Request: message to delete not found'; // Telegram's words
      }
      res.status(code);
      return send({ ok: false, error_code: code, description });
    }
    switch (method) {
      case 'getMe':
        answer.result = BOT;
        break;
      case 'sendMessage': {
        // 2: dates in seconds, not milliseconds; and a clean Message.
        const stored = findBotMessage(answer.result.chat.id, answer.result.message_id);
        answer.result = stored
          ? asMessage(stored, false)
          : { ...answer.result, date: inSeconds(answer.result.date), from: BOT };
        break;
      }
      case 'editMessageText':
      case 'editMessageReplyMarkup': {
        const stored = findBotMessage(body.chat_id, body.message_id);
        // Telegram drops the inline keyboard of a message edited without one; the emulator
        // keeps the old one, and a test could press a button no person could see any more.
        const given = typeof body.reply_markup === 'string'
          ? JSON.parse(body.reply_markup) : body.reply_markup;
        if (given && Array.isArray(given.inline_keyboard)) stored.message.reply_markup = given;
        else delete stored.message.reply_markup;
        // 4: an edit answers with the edited Message, not null.
        answer.result = asMessage(stored, true);
        break;
      }
      case 'getUpdates':
        answer.result.forEach(fixUpdate);
        break;
      case 'deleteMessage':
        record.deleted = true;
        answer.result = true;
        break;
      case 'answerCallbackQuery':
        answer.result = true;
        break;
      default:
        break;
    }
    return send(answer);
  };
  return next();
});
app.use(emulator.webServer);

// 7: a failed webhook POST (or a client route's failure) rejects a promise nobody awaits;
// node 20 would exit on it.
process.on('unhandledRejection', (error) => {
  console.error(`emulator: unhandled rejection: ${error && error.stack ? error.stack : error}`);
});

const server = http.createServer(app);
server.on('error', (error) => {
  console.error(`emulator: ${error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`READY ${server.address().port}\n`);
});

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections(); // keep-alive clients must not hold the exit up
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The Python harness holds our stdin open and sets this: should the test process die without
// stopping us (SIGKILL), the pipe closes and the emulator goes too instead of lingering.
if (process.env.RJBOT_EMULATOR_EXIT_WITH_STDIN === '1') {
  process.stdin.on('end', stop);
  process.stdin.resume();
}
