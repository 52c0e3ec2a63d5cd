// Guide topics about accessibility and troubleshooting.
import type { HelpTopic } from './types';

export const accessibility: HelpTopic = {
  slug: 'accessibility',
  title: 'Accessibility',
  summary: 'Using Star Workshop with a keyboard, screen reader or zoom.',
  sections: [
    {
      heading: 'Keyboard',
      blocks: [
        'You can do everything with a keyboard. `Tab` moves to the next control and `Shift` + `Tab` to the one before.',
        {
          list: [
            'A list of cards is one stop for `Tab`. Use the up and down arrows to move between cards.',
            'The right arrow reaches a card’s actions. `Escape` takes you back to the card.',
            'On the matrix, the arrow keys move an idea.',
          ],
        },
        'See keyboard shortcuts for the full list.',
      ],
    },
    {
      heading: 'Screen readers and zoom',
      blocks: [
        'Every page has one main heading and a skip link. Status, such as saving, is announced.',
        'Colour is never the only way information is shown: status is written in words too.',
        'The app works when zoomed to 400% and on narrow screens.',
      ],
    },
    {
      heading: 'Tell us about a problem',
      blocks: [
        'If something does not work for you, tell the person who gave you Star Workshop, such as your trust’s workforce transformation or IT team.',
      ],
    },
  ],
};

export const troubleshooting: HelpTopic = {
  slug: 'troubleshooting',
  title: 'Troubleshooting',
  summary: 'What messages mean and what to do.',
  sections: [
    {
      heading: '“This file is not a Star Workshop plan file”',
      blocks: [
        'Check you chose the right file. A plan file ends .heestar.',
        'If the file ends .zip, unzip it first and open the .heestar file inside. A PDF board paper cannot be opened as a plan.',
      ],
    },
    {
      heading: '“This file was saved by a newer version of Star Workshop”',
      blocks: [
        'Update Star Workshop to the latest version, or ask the person who shared the file which version they use.',
      ],
    },
    {
      heading: '“This file is damaged or incomplete”',
      blocks: [
        'Ask the person who shared it to save and send it again. If you saved it yourself, try a backup: open Restore an earlier version.',
      ],
    },
    {
      heading: 'The file refuses to open because it “could be used to attack the app”',
      blocks: [
        'Do not open the file again. Tell the person who shared it, and your IT or information governance team if you did not expect it.',
      ],
    },
    {
      heading: 'The header says “Something went wrong while saving” or “A save was interrupted”',
      blocks: [
        'Your changes are still on screen. Select Try again, and keep the window open until the header says Saved.',
        'If it keeps happening, save a plan file straight away so you have a copy.',
      ],
    },
    {
      heading: '“This device is out of storage space”',
      blocks: [
        'Free up some disk space, then select Try again. Keep this window open until it says Saved.',
      ],
    },
    {
      heading: '“Star Workshop cannot use this device’s storage”',
      blocks: [
        'Storage is switched off or blocked, for example in a private browsing window or by a device policy.',
        'Open Star Workshop in a normal (not private) window, or ask your IT team to allow site storage for it.',
      ],
    },
    {
      heading: '“Star Workshop could not open its saved workshops”',
      blocks: [
        'Nothing has been deleted. Close other Star Workshop windows, then restart the app. If it keeps happening, restart the computer.',
      ],
    },
    {
      heading: '“Not saved: 1 field needs attention”',
      blocks: [
        'A field has something that cannot be saved, such as an empty title. Select the link in the header to go to it and correct it.',
      ],
    },
    {
      heading: 'I deleted a workshop by mistake',
      blocks: ['Open Trash from Your workshops and restore it.'],
    },
    {
      heading: 'The PDF looks wrong or takes a long time',
      blocks: [
        'A large workshop can take a minute. Leave the app open until it asks where to save the PDF. If pages are cramped, try landscape pages.',
      ],
    },
  ],
};
