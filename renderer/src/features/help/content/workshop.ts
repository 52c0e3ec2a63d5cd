// Guide topics about setting up and running a workshop. Plain UK English, NHS content style.
import type { HelpTopic } from './types';

export const gettingStarted: HelpTopic = {
  slug: 'getting-started',
  title: 'Getting started',
  summary: 'Create a workshop and find your way through the eight steps.',
  intro:
    'Star Workshop helps you run an HEE Star workshop (now the NHS England STAR) and leave with an action plan.',
  sections: [
    {
      heading: 'The HEE Star',
      blocks: [
        'The Star looks at a workforce challenge from 5 points:',
        {
          list: [
            'Supply: recruitment, training pipelines and keeping staff.',
            'Upskilling: developing the skills of the staff you have.',
            'New roles: roles your team has not used before.',
            'New ways of working: skill mix, task and pathway redesign, digital.',
            'Leadership: compassionate, inclusive leadership to drive the change.',
          ],
        },
      ],
    },
    {
      heading: 'Create a workshop',
      blocks: [
        {
          steps: [
            'On Your workshops, select New workshop.',
            'Give the workshop a title. You can change it later.',
            'Select Create workshop. The workshop opens at step 1.',
          ],
        },
        'Everything you type is saved on this device as you go. There is no save button for your work in the app.',
      ],
    },
    {
      heading: 'The eight steps',
      blocks: [
        {
          steps: [
            'Scope: the service, the workforce challenge in one sentence, the sponsor, date and venue.',
            'People: who is in the room and which staff groups they represent.',
            'Current activity: what already happens on each point of the Star.',
            'Gaps and challenges: what is missing or going wrong on each point.',
            'Ideas: interventions to try on each point.',
            'Prioritise: dot votes and the impact and effort matrix.',
            'Action plan: actions with owners, dates, status and measures.',
            'Review and export: a summary of the workshop, the PDF and the plan file.',
          ],
        },
        'You can move between steps in any order. The list of steps shows whether each one is not started, in progress or completed.',
      ],
    },
    {
      heading: 'Undo a change',
      blocks: [
        'Press `Ctrl` + `Z` to undo and `Ctrl` + `Shift` + `Z` or `Ctrl` + `Y` to redo. On a Mac, use `Cmd` instead of `Ctrl`.',
        'While you are typing in a box, undo works on the text in that box.',
      ],
    },
  ],
};

export const runningTheRoom: HelpTopic = {
  slug: 'running-the-room',
  title: 'Running the room',
  summary: 'Presentation mode, the step timer, notes and projecting to the room.',
  sections: [
    {
      heading: 'Presentation mode',
      blocks: [
        'Presentation mode shows the current step in larger text, for a projector or a big screen. It hides the list of steps, your notes and other controls the room does not need.',
        {
          list: [
            'Select Presentation mode on a step to start it. In the desktop app you can also press `F5` (`Cmd` + `Shift` + `P` on a Mac).',
            'Press `Escape` to leave presentation mode.',
            'If you are editing a card, the first `Escape` cancels the edit. Press it again to leave.',
          ],
        },
      ],
    },
    {
      heading: 'The step timer',
      blocks: [
        'Each step has a countdown timer you can start, pause and reset. Use it to keep group work to time.',
        'The time left is shown in large numbers, and the timer says when time is up. A screen reader announces the minutes left, not every second.',
      ],
    },
    {
      heading: 'Facilitator notes',
      blocks: [
        'Each step has a notes box for you. Notes are saved with the workshop but are not shown in presentation mode.',
        {
          inset:
            'Notes are included in the plan file. Do not write anything in them you would not share.',
        },
      ],
    },
    {
      heading: 'Projecting at the back of the room',
      blocks: [
        {
          list: [
            'Use full screen (`F11`, or `Ctrl` + `Cmd` + `F` on a Mac) as well as presentation mode.',
            'Zoom in with `Ctrl` + `+` so text can be read from the back. `Ctrl` + `0` resets the zoom.',
            'Check the room lights: dim the lights near the screen, not over the tables.',
            'Stand where you can see the screen and the room, and read cards out as you add them.',
          ],
        },
      ],
    },
  ],
};

export const starBoard: HelpTopic = {
  slug: 'star-board',
  title: 'The Star board',
  summary: 'See every card on the Star, move cards and save the board as a picture.',
  intro:
    'The board shows a workshop’s cards on the Star: one zone for each of the 5 points. Open it from a workshop, or from the View menu in the desktop app.',
  sections: [
    {
      heading: 'Move cards',
      blocks: [
        {
          list: [
            'Drag a card to another zone with the mouse: its Star point changes everywhere. A card dropped outside every zone goes back to where it was.',
            'Or go to a card with `Tab` and move it within its point with the arrow keys (`Shift` for bigger steps).',
            'Press `M` on a card to open its tools: move it to another point, link an idea to an action, or delete it. `Enter` edits its text.',
            'To link an idea to an action with the mouse, drag from the dot on the idea’s right edge to the action.',
          ],
        },
        'Every move can be undone.',
      ],
    },
    {
      heading: 'List view and search',
      blocks: [
        'List view shows the same cards as lists under each point. It is easier to use with a screen reader or on a small screen.',
        'Use search to highlight the cards and actions that contain a word. Filters show or hide current activity, gaps and ideas, or one point.',
        'Focus on a point zooms to that point for discussion; Whole board shows everything again.',
      ],
    },
    {
      heading: 'Reveal one point at a time',
      blocks: [
        'In a workshop you may want to talk about one point before showing the next. Reveal shows the points one at a time.',
      ],
    },
    {
      heading: 'Save the board as a picture',
      blocks: [
        'Save the board as an SVG or PNG file to put in slides or emails. SVG stays sharp at any size. PNG works everywhere.',
      ],
    },
  ],
};
