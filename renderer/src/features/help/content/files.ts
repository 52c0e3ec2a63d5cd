// Guide topics about plan files and where data lives.
import type { HelpTopic } from './types';

export const planFiles: HelpTopic = {
  slug: 'plan-files',
  title: 'Plan files',
  summary: 'Save, share and open .heestar files, merge breakout files, and restore backups.',
  intro:
    'A plan file holds a whole workshop in one file ending .heestar. Use it to keep a copy, to move a workshop to another computer, or to share it with another trust.',
  sections: [
    {
      heading: 'Save a plan file',
      blocks: [
        {
          steps: [
            'Go to step 8, Review and export, and select Save plan file. In the desktop app you can press `Ctrl` + `S` (`Cmd` + `S` on a Mac) on any step.',
            'Choose where to save it. In a web browser it goes to your downloads folder.',
          ],
        },
        'Your work is saved on this device as you type. The plan file is an extra copy you can keep or share.',
      ],
    },
    {
      heading: 'Share a plan file between trusts',
      blocks: [
        'Send the .heestar file by your usual secure route, such as NHSmail. Anyone with Star Workshop can open it. They do not need an account.',
        {
          inset:
            'A plan file contains everything in the workshop, including notes and any names people agreed to share. Select Save anonymised copy if the people receiving it do not need names: names are replaced by job roles, also where they appear in cards and notes.',
        },
      ],
    },
    {
      heading: 'Open a plan file',
      blocks: [
        'Select Open a plan file on Your workshops, drag a .heestar file onto the app, or double-click the file in the desktop app.',
        'You see a preview first: the organisation, workshop, date and how many cards and actions it has. Select Import as a new workshop to add it.',
        'Importing never overwrites a workshop you already have. It is always added as a new workshop.',
      ],
    },
    {
      heading: 'Merge breakout files',
      blocks: [
        'If groups worked on copies of the same plan in breakout rooms, merge their files into one new workshop.',
        {
          steps: [
            'On Your workshops, select Merge breakout files.',
            'Add the main plan file first. Its scope and notes are kept.',
            'Add the file from each group.',
            'Check what will merge. Where 2 groups changed the same item, choose which version to keep.',
          ],
        },
        'Merging makes a new workshop. The files and your existing workshops are not changed.',
      ],
    },
    {
      heading: 'Backups and earlier versions',
      blocks: [
        'While you work, Star Workshop keeps backup copies of a workshop that has changed, every few minutes.',
        'To go back, open Restore an earlier version. Restoring adds the earlier version as a new workshop. The workshop you have now is not changed.',
        'Deleted workshops go to Trash first, so you can bring them back.',
      ],
    },
  ],
};

export const privacy: HelpTopic = {
  slug: 'privacy',
  title: 'Privacy and where your data lives',
  summary: 'No network, no tracking, and names only with consent.',
  sections: [
    {
      heading: 'Your data stays on this device',
      blocks: [
        {
          list: [
            'Star Workshop works offline. It never sends your workshops anywhere.',
            'It has no accounts, no cloud storage and no usage tracking (telemetry).',
            'Workshops are stored in the app’s own storage on this computer.',
            'Files leave the device only when you save a plan file or a PDF and share it yourself.',
          ],
        },
        'In a web browser, workshops are kept in that browser’s storage for this site. Clearing your browser data deletes them, so save plan files you want to keep.',
      ],
    },
    {
      heading: 'Names are optional',
      blocks: [
        'You do not need anyone’s name. A job role and staff group are enough.',
        'Only add a name if the person agrees. Only tick that they may be named in exports if they have said yes.',
        'Anonymised exports leave names out even for people who agreed.',
      ],
    },
    {
      heading: 'Your organisation’s rules',
      blocks: [
        'Follow your organisation’s information governance policy when you store and share plan files and PDFs. Do not enter patient information.',
      ],
    },
  ],
};
