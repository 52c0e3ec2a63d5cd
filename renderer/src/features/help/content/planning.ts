// Guide topics about prioritising, action plans and exports.
import type { HelpTopic } from './types';

export const prioritising: HelpTopic = {
  slug: 'prioritising',
  title: 'Prioritising ideas',
  summary: 'Dot votes, the impact and effort matrix, and quick wins.',
  sections: [
    {
      heading: 'Dot votes',
      blocks: [
        'Each person gets the same number of votes. Set the votes per person at the start of the Prioritise step.',
        'Record the votes for each idea. The ranked list shows ideas with the most votes first.',
      ],
    },
    {
      heading: 'The impact and effort matrix',
      blocks: [
        'Place each idea by how much difference it would make (impact) and how hard it would be (effort).',
        {
          list: [
            'Drag an idea on the matrix with the mouse.',
            'Or select an idea and use the arrow keys: up and down change impact, left and right change effort.',
            'Hold `Shift` with an arrow key to move further.',
            'Or type an impact and effort score from 0 to 100 for each idea in the table.',
          ],
        },
        'Ideas not yet placed are listed under the matrix.',
      ],
    },
    {
      heading: 'Quick wins',
      blocks: [
        'Quick wins are ideas with high impact and low effort. They are a good place to start the action plan.',
        'The other quarters are major projects (high impact, high effort), fill-ins (low impact, low effort) and ideas to reconsider (low impact, high effort).',
      ],
    },
  ],
};

export const actionPlans: HelpTopic = {
  slug: 'action-plans',
  title: 'Action plans',
  summary: 'Owners, dates, RAG status and linking actions to ideas.',
  sections: [
    {
      heading: 'Add an action',
      blocks: [
        'Each action needs a short description and the Star point it belongs to. Then add:',
        {
          list: [
            'an owner: the person responsible',
            'the lead organisation',
            'a start date and a due date',
            'a measure of success',
            'progress notes as the work goes on',
          ],
        },
      ],
    },
    {
      heading: 'RAG status',
      blocks: [
        'Each action has a status, shown in words as well as colour:',
        {
          list: [
            'Red: at risk or stopped.',
            'Amber: some problems.',
            'Green: on track.',
            'Blue: complete.',
          ],
        },
        'An action past its due date that is not Blue is shown as overdue.',
      ],
    },
    {
      heading: 'Link actions to ideas',
      blocks: [
        'Turn a prioritised idea into an action, or link an action to one or more ideas. The link shows which ideas the plan answers, in the app and in the PDF.',
      ],
    },
  ],
};

export const exporting: HelpTopic = {
  slug: 'exporting',
  title: 'Exporting',
  summary: 'The PDF board paper and anonymised exports.',
  sections: [
    {
      heading: 'The PDF board paper',
      blocks: [
        {
          steps: [
            'Go to step 8, Review and export.',
            'Choose what to include.',
            'Choose the options you need, such as landscape pages.',
            'Select the button to make the PDF and choose where to save it.',
          ],
        },
        'The PDF is made on this device. Nothing is uploaded.',
      ],
    },
    {
      heading: 'Anonymised exports',
      blocks: [
        'Select the anonymise option to leave out people’s names. Names are replaced by job roles, also in cards and notes where they can be recognised.',
        'People who did not agree to be named are never named in an export, anonymised or not.',
        {
          inset:
            'Check the PDF before you share it. Cards and notes can contain names people typed.',
        },
      ],
    },
  ],
};
