// A local Telegram Bot API for end-to-end tests: telegram-test-api behind a thin fix-up layer.
//
// telegram-test-api answers a few methods in ways python-telegram-bot 22 cannot read
// (see shared/telegram-emulator.md). Each fix below makes one answer look like the real
// Bot API's, so the bot under test runs unchanged. Usage: node server.js [port]; prints
// "READY <port>" once listening on 127.0.0.1 (port 0 picks a free one).
'use strict';

const http = require('http');
const express = require('express');
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2] || process.env.PORT || 0);
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
// 5: cosmetic methods the emulator lacks answer as Telegram would on success.
const COSMETIC = {
  setMyCommands: true,
  deleteMyCommands: true,
  getMyCommands: [],
  setChatMenuButton: true,
  sendChatAction: true,
  setMyDescription: true,
  setMyShortDescription: true,
  setMyName: true,
};
const EMULATED = new Set([
  'getMe', 'getUpdates', 'sendMessage', 'editMessageText', 'editMessageReplyMarkup',
  'answerCallbackQuery', 'deleteMessage', 'setWebhook', 'deleteWebhook',
]);
const deleted = []; // every message the bot deleted: {chat_id, message_id}

const seconds = (ms) => Math.floor(Number(ms) / 1000);

function storedMessage(chatId, messageId) {
  const found = emulator.storage.botMessages.find(
    (u) => String(u.messageId) === String(messageId) && String(u.message.chat_id) === String(chatId),
  );
  if (!found) return null;
  return {
    message_id: found.messageId,
    date: seconds(found.time),
    chat: { id: Number(chatId), type: 'private', first_name: 'Bot' },
    from: BOT,
    text: found.message.text,
    reply_markup: found.message.reply_markup,
  };
}

const app = express();
app.use(express.json());
app.use(express.urlencoded({ extended: true }));

app.post('/deletedMessages', (req, res) => {
  const chatId = String(req.body.chatId);
  res.json({ ok: true, result: deleted.filter((d) => String(d.chat_id) === chatId) });
});

app.use((req, res, next) => {
  const match = /^\/bot[^/]+\/([A-Za-z]+)$/.exec(req.path);
  if (!match) return next();
  const method = match[1];
  if (method in COSMETIC) return res.json({ ok: true, result: COSMETIC[method] });
  if (!EMULATED.has(method)) {
    return res.status(400).json({
      ok: false, error_code: 400, description: `Bad Request: method ${method} is not emulated`,
    });
  }
  const send = res.json.bind(res);
  res.json = (body) => {
    if (body && body.ok === false) {
      // 6: a Bot API error is an HTTP error, not a 200 with ok: false.
      res.status(body.error_code || 400);
      return send(body);
    }
    if (body && body.ok) {
      switch (method) {
        case 'getMe':
          body.result = BOT;
          break;
        case 'sendMessage':
          // 2: dates are seconds, not milliseconds.
          body.result = { ...body.result, date: seconds(body.result.date), from: BOT };
          break;
        case 'editMessageText':
        case 'editMessageReplyMarkup': {
          // 4: an edit answers with the edited message, not null.
          body.result = storedMessage(req.body.chat_id, req.body.message_id) || true;
          break;
        }
        case 'getUpdates':
          // 3: every callback query carries chat_instance.
          for (const update of body.result) {
            if (update.callback_query) {
              update.callback_query.chat_instance = String(update.callback_query.from.id);
            }
          }
          break;
        case 'deleteMessage':
          deleted.push({ chat_id: Number(req.body.chat_id), message_id: Number(req.body.message_id) });
          body.result = true;
          break;
        case 'answerCallbackQuery':
          body.result = true;
          break;
        default:
          break;
      }
    }
    return send(body);
  };
  return next();
});
app.use(emulator.webServer);

// 7: a failed webhook POST must not take the emulator down.
process.on('unhandledRejection', (error) => {
  console.error(`emulator: unhandled rejection: ${error}`);
});

const server = http.createServer(app);
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`READY ${server.address().port}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
