/** Today's date on this computer's calendar, as `YYYY-MM-DD` (overdue checks use local time). */
export const todayLocal = (now: Date = new Date()): string => {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
