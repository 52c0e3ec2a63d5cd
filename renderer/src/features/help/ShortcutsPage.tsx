// `#/help/shortcuts`: every keyboard shortcut the app has, with Ctrl or Cmd as this computer uses.
import { Fragment } from 'react';
import { menuShortcuts } from '@shared/menuShortcuts';
import { NhsCell, NhsRow, NhsTable } from '../../components/NhsTable';
import { usePageTitle } from '../../lib/usePageTitle';
import { SHORTCUT_GROUPS, type ShortcutRow } from './content/shortcuts';
import { neighbours } from './guidePages';
import { BackToGuide, HelpPagination } from './HelpNav';
import { keyboardPlatform, useAppInfo } from './useAppInfo';

const COLUMNS = [
  { key: 'keys', label: 'Keys' },
  { key: 'action', label: 'What it does' },
];

function Keys({ keys, mod }: { keys: ShortcutRow['keys']; mod: string }) {
  return (
    <>
      {keys.map((combo, i) => (
        <Fragment key={combo.join('+')}>
          {i > 0 && ' or '}
          {combo.map((key, j) => (
            <Fragment key={key}>
              {j > 0 && ' + '}
              <kbd>{key === 'Mod' ? mod : key}</kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </>
  );
}

function ShortcutTable({
  caption,
  rows,
  mod,
}: {
  caption: string;
  rows: readonly ShortcutRow[];
  mod: string;
}) {
  return (
    <NhsTable caption={caption} columns={COLUMNS} className="app-help__shortcuts">
      {rows.map((row) => (
        <NhsRow key={`${row.keys.flat().join('+')} ${row.action}`}>
          <NhsCell heading="Keys">
            <Keys keys={row.keys} mod={mod} />
          </NhsCell>
          <NhsCell heading="What it does">{row.action}</NhsCell>
        </NhsRow>
      ))}
    </NhsTable>
  );
}

export function ShortcutsPage() {
  usePageTitle('Keyboard shortcuts – User guide');
  const platform = keyboardPlatform(useAppInfo());
  const mod = platform === 'darwin' ? 'Cmd' : 'Ctrl';
  const menuRows: ShortcutRow[] = menuShortcuts(platform).map(({ label, keys }) => ({
    keys: [keys],
    action: label,
  }));
  return (
    <div className="app-help">
      <BackToGuide />
      <span className="nhsuk-caption-l">User guide</span>
      <h1 className="nhsuk-heading-l">Keyboard shortcuts</h1>
      <p className="nhsuk-body">
        You can use Star Workshop with a keyboard only. These are the keys it uses
        {platform === 'darwin' ? ' on a Mac' : ''}.
      </p>
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group.heading}>
          <h2 className="nhsuk-heading-m">{group.heading}</h2>
          {group.intro && <p className="nhsuk-body">{group.intro}</p>}
          <ShortcutTable caption={group.heading} rows={group.rows} mod={mod} />
        </section>
      ))}
      <section>
        <h2 className="nhsuk-heading-m">Menus in the desktop app</h2>
        <p className="nhsuk-body">
          These work in the desktop app. In a web browser, the browser’s own shortcuts apply
          instead.
        </p>
        <ShortcutTable caption="Menus in the desktop app" rows={menuRows} mod={mod} />
      </section>
      <HelpPagination {...neighbours('~/help/shortcuts')} />
    </div>
  );
}
