// The unit tier runs the engine as the CLI does: with the full rule book installed.
import '../utils/rules/install-full-book';
