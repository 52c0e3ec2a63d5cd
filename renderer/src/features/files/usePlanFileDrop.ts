/**
 * Dropping a plan file anywhere on the window opens it on the preview, as "Open a plan file"
 * does (which stays the keyboard and click alternative). Only the first file counts, and the
 * browser is stopped from navigating away to show the file itself.
 */
import { useEffect, useState } from 'react';
import { pendingFromFile } from './readLocalFile';
import type { OpenPlanFile } from './useOpenPlanFile';

const hasFiles = (event: DragEvent): boolean =>
  event.dataTransfer?.types.includes('Files') ?? false;

export const usePlanFileDrop = (preview: OpenPlanFile['preview']): boolean => {
  const [isOver, setIsOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const onEnter = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      depth += 1;
      setIsOver(true);
    };
    const onLeave = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setIsOver(false);
    };
    const onOver = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setIsOver(false);
      const file = event.dataTransfer?.files[0];
      if (file) void pendingFromFile(file).then(preview);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [preview]);
  return isOver;
};
