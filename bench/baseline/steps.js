// Ten steps with two answers each, as a plain JSON array.
export default [
  { title: 'Is it swollen, hot or smelling?', text: 'Check before anything else.', options: ['Yes', 'No'] },
  { title: 'Try another cable', text: 'Use a cable you know works.', options: ['Charging now', 'Still not charging'] },
  { title: 'Try another charger', text: 'A phone charger is fine.', options: ['Charging now', 'Still not charging'] },
  { title: 'Clean the contacts', text: 'Use a soft, dry cloth.', options: ['Charging now', 'Still not charging'] },
  { title: 'Restart it', text: 'Turn it off and on again.', options: ['Charging now', 'Still not charging'] },
  { title: 'Leave it charging', text: 'Wait 30 minutes without touching it.', options: ['Charging now', 'Still not charging'] },
  { title: 'Let it warm up', text: 'Bring it to room temperature.', options: ['Charging now', 'Still not charging'] },
  { title: 'Update the firmware', text: 'Use the maker’s app.', options: ['Charging now', 'Still not charging'] },
  { title: 'Look at the port', text: 'Is anything bent or broken?', options: ['Yes', 'No'] },
  { title: 'Contact support', text: 'Send them what you tried.', options: ['Done', 'Start over'] },
];
