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
  'answerCallbackQuery', 'deleteMessage', 'setWebhook', 'deleteWebhook',
]);

const deleted = []; // every deleteMessage call: {chat_id, message_id, deleted, at}

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

app.use((req, res, next) => {
  const match = /^\/bot[^/]+\/([A-Za-z]+)$/.exec(req.path);
  if (!match) return next();
  const method = match[1];
  const body = req.body || {};

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
        for (const update of answer.result) {
          const query = update.callback_query;
          if (query) {
            // 3: PTB drops the whole batch without chat_instance.
            query.chat_instance = query.chat_instance || String(query.from.id);
            if (query.message) query.message.date = inSeconds(query.message.date);
          }
          if (update.message) update.message.date = inSeconds(update.message.date);
        }
        break;
      case 'deleteMessage':
        record.deleted = true;
        answer.result = true;
        break;
      case 'answerCallbackQuery':
      case 'setWebhook':
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
