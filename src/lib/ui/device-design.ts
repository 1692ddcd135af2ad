/** The design kept in this browser by /editor, for pages outside the editor (e.g. sign-up). */
export { readDeviceDesign, clearDeviceDesign } from '../editor/persistence';
