// A different UI on the same diagnosis core: a chat transcript with reply chips.
import { createSession } from '../dist/core/index.js';

const chat = document.getElementById('chat');
const replies = document.getElementById('replies');
let session = createSession();

function say(who, text) {
  const line = document.createElement('li');
  line.className = who;
  line.textContent = text;
  chat.append(line);
}

function show() {
  const prompt = session.current;
  const details = prompt.kind === 'action' ? prompt.steps.join(' ') : prompt.kind === 'result' ? prompt.body : (prompt.body ?? '');
  say('bot', details ? `${prompt.title}\n${details}` : prompt.title);
  replies.replaceChildren(
    ...prompt.options.map((option) => {
      const chip = document.createElement('button');
      chip.type = 'button';
      chip.textContent = option.label;
      chip.addEventListener('click', () => {
        say('me', option.label);
        session = session.answer(option.id);
        show();
      });
      return chip;
    }),
  );
}

show();
