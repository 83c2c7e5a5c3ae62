// A different UI on the same diagnosis core: a chat transcript with reply chips, driven by the
// core's controller (the same loop the widget uses).
import { createController } from '../dist/core/index.js';

const chat = document.getElementById('chat');
const replies = document.getElementById('replies');
const controller = createController({ knowledgeBase: fetch('../dist/cdn/knowledge-base.json').then((response) => response.json()) });

function say(who, text) {
  const line = document.createElement('li');
  line.className = who;
  line.textContent = text;
  chat.append(line);
}

function show(state) {
  if (state.status === 'error') return say('bot', state.message);
  if (state.status !== 'ready') return;
  const prompt = state.session.current;
  const details = prompt.kind === 'action' ? prompt.steps.join(' ') : prompt.kind === 'result' ? prompt.body : (prompt.body ?? '');
  say('bot', details ? `${prompt.title}\n${details}` : prompt.title);
  replies.replaceChildren(
    ...prompt.options.map((option) => {
      const chip = document.createElement('button');
      chip.type = 'button';
      chip.textContent = option.label;
      chip.addEventListener('click', () => {
        say('me', option.label);
        controller.answer(option.id);
      });
      return chip;
    }),
  );
}

// The listener hears every change from here on, the start (or a loading error) included.
controller.subscribe(show);
