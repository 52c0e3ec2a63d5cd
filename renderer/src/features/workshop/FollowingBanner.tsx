import { useApp } from '../../store';

export function FollowingBanner() {
  const following = useApp((s) => s.editAccess === 'following');
  if (!following) return null;
  return (
    <div className="nhsuk-inset-text app-following" role="status">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        <strong>This workshop is open in another window.</strong> This window is read-only and shows
        changes as they are saved there. Close the other window to edit here.
      </p>
    </div>
  );
}
