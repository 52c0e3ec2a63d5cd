/** Shown in About, written into plan files and PDFs. Keep in step with package.json. */
export const APP_NAME = 'Star Workshop';
export const APP_VERSION = '0.1.0';
