export {
	History,
	type ChangeSource,
	type HistoryChange,
	type HistoryEntry,
	type HistoryListener
} from './history';
