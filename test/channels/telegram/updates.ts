/**
 * Telegram Bot API payloads as Telegram sends them (field names and nesting from the Bot API
 * reference), built per test so each test has its own chat, user and update ids.
 */
import type { Update, UserFromGetMe } from 'grammy/types';

export const TOKEN = '7000000001:AAF-test-token_abcdefghijklmnopqrstuv';
export const API = 'https://api.telegram.org';
export const BOT_ID = 7000000001;

/** The whole `getMe` answer, so `new Bot(token, { botInfo })` never calls `getMe`. */
export const BOT_INFO: UserFromGetMe = {
  id: BOT_ID,
  is_bot: true,
  first_name: 'Sarathi',
  username: 'SarathiTestBot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

let nextId = 500_000_000;

/** A fresh person (their private chat id equals their user id, as on Telegram). */
export function person(languageCode: string | null = 'en') {
  const id = ++nextId;
  return {
    id,
    from: {
      id,
      is_bot: false,
      first_name: 'Asha',
      ...(languageCode === null ? {} : { language_code: languageCode }),
    },
    chat: { id, first_name: 'Asha', type: 'private' as const },
  };
}

let nextUpdate = 800_000_000;

export function updateId(): number {
  return ++nextUpdate;
}

const DATE = 1_795_320_000;

export function textUpdate(who: ReturnType<typeof person>, text: string, id = updateId()): Update {
  const command = /^\/\w+/u.exec(text);
  return {
    update_id: id,
    message: {
      message_id: id % 100_000,
      from: who.from,
      chat: who.chat,
      date: DATE,
      text,
      ...(command === null
        ? {}
        : { entities: [{ offset: 0, length: command[0].length, type: 'bot_command' as const }] }),
    },
  };
}

export function callbackUpdate(who: ReturnType<typeof person>, data: string): Update {
  const id = updateId();
  return {
    update_id: id,
    callback_query: {
      id: `4382${id}`,
      from: who.from,
      chat_instance: '-7265218730049512',
      data,
      message: {
        message_id: 4242,
        from: { id: BOT_ID, is_bot: true, first_name: 'Sarathi', username: 'SarathiTestBot' },
        chat: who.chat,
        date: DATE,
        text: 'Bhagavad Gita 2.47:',
        reply_markup: { inline_keyboard: [[{ text: 'Another verse', callback_data: data }]] },
      },
    },
  };
}

export function editedUpdate(who: ReturnType<typeof person>, text: string): Update {
  const id = updateId();
  return {
    update_id: id,
    edited_message: {
      message_id: 77,
      from: who.from,
      chat: who.chat,
      date: DATE,
      edit_date: DATE + 30,
      text,
    },
  };
}

export function groupUpdate(who: ReturnType<typeof person>, text: string): Update {
  const id = updateId();
  return {
    update_id: id,
    message: {
      message_id: 78,
      from: who.from,
      chat: { id: -1_001_234_567_890, title: 'Family', type: 'supergroup' },
      date: DATE,
      text,
    },
  };
}

export function stickerUpdate(who: ReturnType<typeof person>): Update {
  const id = updateId();
  return {
    update_id: id,
    message: {
      message_id: 79,
      from: who.from,
      chat: who.chat,
      date: DATE,
      sticker: {
        file_id: 'CAACAgIAAxkBAAIBY2Z',
        file_unique_id: 'AgADBAADb',
        type: 'regular',
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        emoji: '🙏',
      },
    },
  };
}

export function photoUpdate(who: ReturnType<typeof person>, caption?: string): Update {
  const id = updateId();
  return {
    update_id: id,
    message: {
      message_id: 80,
      from: who.from,
      chat: who.chat,
      date: DATE,
      photo: [{ file_id: 'AgACAgIAAxkBAAIBZG', file_unique_id: 'AQADq', width: 90, height: 90 }],
      ...(caption === undefined ? {} : { caption }),
    },
  };
}
