/**
 * Every keyboard shortcut the app has, found in the code (cardFocus.ts, CardItem.tsx,
 * EditableCell.tsx, UndoBar.tsx, usePresentationMode.ts, Matrix.tsx with nudgeForKey) and the
 * board's keys. `Mod` stands for Ctrl, or Cmd on a Mac. The desktop menu's shortcuts come from
 * shared/menuShortcuts.ts, the table the menu itself is built from.
 */
import { NUDGE_STEP, NUDGE_STEP_LARGE } from '@shared/domain';

export interface ShortcutRow {
  /** Alternatives; each is a list of keys pressed together. */
  readonly keys: readonly (readonly string[])[];
  readonly action: string;
}

export interface ShortcutGroup {
  readonly heading: string;
  readonly intro?: string;
  readonly rows: readonly ShortcutRow[];
}

const ARROWS = ['Up arrow', 'Down arrow', 'Left arrow', 'Right arrow'];

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    heading: 'Anywhere in the app',
    rows: [
      { keys: [['Tab']], action: 'Go to the next control' },
      { keys: [['Shift', 'Tab']], action: 'Go to the control before' },
      {
        keys: [['Mod', 'Z']],
        action: 'Undo the last change (in a text box, undo your typing)',
      },
      {
        keys: [
          ['Mod', 'Shift', 'Z'],
          ['Mod', 'Y'],
        ],
        action: 'Redo',
      },
      { keys: [['Escape']], action: 'Leave presentation mode' },
    ],
  },
  {
    heading: 'Adding and editing cards',
    rows: [
      { keys: [['Enter']], action: 'In the add box: add the card and start the next one' },
      { keys: [['Enter']], action: 'While editing a card: save it' },
      { keys: [['Shift', 'Enter']], action: 'While editing a card: start a new line' },
      { keys: [['Escape']], action: 'While editing a card: cancel your changes' },
    ],
  },
  {
    heading: 'Lists of cards',
    intro: 'A list of cards is one stop for Tab. Move within it with these keys.',
    rows: [
      { keys: [['Down arrow'], ['Up arrow']], action: 'Go to the next or previous card' },
      { keys: [['Home'], ['End']], action: 'Go to the first or last card' },
      { keys: [['Enter']], action: 'Edit the card' },
      { keys: [['Delete']], action: 'Delete the card (you can undo it)' },
      {
        keys: [['Right arrow'], ['Left arrow']],
        action: 'Go to the card’s actions (edit, move, tags, delete), and between them',
      },
      { keys: [['Escape']], action: 'From an action, go back to the card' },
    ],
  },
  {
    heading: 'Tables',
    rows: [
      { keys: [['Enter']], action: 'Save the cell you are editing' },
      { keys: [['Shift', 'Enter']], action: 'Start a new line in a longer cell' },
      { keys: [['Escape']], action: 'Cancel the edit and put back what was there' },
    ],
  },
  {
    heading: 'Impact and effort matrix',
    intro: 'Select an idea on the matrix or in the list of ideas not yet placed.',
    rows: [
      {
        keys: [['Up arrow'], ['Down arrow']],
        action: `More or less impact (${String(NUDGE_STEP)} points)`,
      },
      {
        keys: [['Right arrow'], ['Left arrow']],
        action: `More or less effort (${String(NUDGE_STEP)} points)`,
      },
      {
        keys: [['Shift', 'Up arrow']],
        action: `Move ${String(NUDGE_STEP_LARGE)} points instead of ${String(NUDGE_STEP)}, with any arrow`,
      },
      { keys: [['Enter']], action: 'In a score box: save the score' },
    ],
  },
  {
    heading: 'The Star board',
    rows: [
      {
        keys: ARROWS.map((key) => [key]),
        action: 'Move the focused card within its point (hold Shift for bigger steps)',
      },
      { keys: [['Enter'], ['F2']], action: 'Edit the focused card’s text' },
      {
        keys: [['M']],
        action: 'Open the card’s tools: move it to another point, link it to an action, delete it',
      },
      { keys: [['Delete']], action: 'Delete the focused card (Undo brings it back)' },
      { keys: [['Esc']], action: 'Close the card’s tools and go back to the card' },
    ],
  },
];
