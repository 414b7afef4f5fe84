import { installFullRuleBook } from './full-book';

// Imported for its effect by everything that runs the engine outside the content script
// (the CLI, the evaluation, the benches, the unit tests): the full rule book, installed once.
installFullRuleBook();
