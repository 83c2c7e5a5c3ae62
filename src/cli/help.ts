import { INVARIANTS } from '../analysis/invariants.js';

/** Each command's usage, shown by `--help` and after a usage error; `main` is the overview. */
export const HELP: Record<string, string> = {
  main: `Usage: charge-troubleshooter <command> [options]

Tools for writing a knowledge base for charge-troubleshooter.

Commands:
  validate FILE...             check knowledge-base files: every problem with its JSON path and line:column
  verify FILE                  prove safety and honesty on every path a shopper can take
  simulate FILE [--device ID]  expected minutes, prompts and outcomes per device, and the steps for the likeliest causes
  graph FILE --device ID       the decision tree the engine follows, as Mermaid text
  walk FILE --device ID        try a session in the terminal
  learn FILE [RECORDS...]      better probabilities from the outcome records a shop has logged
  report FILE [RECORDS...]     a one-file HTML dashboard of how the troubleshooter does, from the same records

Run "charge-troubleshooter <command> --help" for a command's options.
Exit codes: 0 fine, 1 problems found (or a file could not be read), 2 wrong usage.`,
  validate: `Usage: charge-troubleshooter validate FILE... [--strict]

Checks each knowledge-base JSON file and prints every problem as
  FILE:LINE:COLUMN: error: JSON.PATH: message
and authoring smells as warnings (a device without a safety question, a user-fixable cause no
action fixes, an action no device reaches, a question that never changes a decision, unsafe advice).

Options:
  --strict   exit 1 on warnings too
  --help     show this help`,
  verify: `Usage: charge-troubleshooter verify FILE [--device ID] [--today YYYY-MM-DD] [--return-days N] [--json]

Walks every path a shopper can take through the knowledge base, every answer ("I can't do this"
included), for every device, every region of its legalRights (and none), and every age (a date in
each age band of the device's policy, and no date: the engine asks when it matters), and checks at
every prompt:
${INVARIANTS.map(({ id, description }) => `  ${id.padEnd(20)} ${description}`).join('\n')}
Prints what it proved, or each violation with the situation and the answers that lead to it.
Exit 1 when anything is broken, or when the walk stopped before the end (then nothing is proven).

Options:
  --device ID         only this device
  --today YYYY-MM-DD  the day to walk on (default: today)
  --return-days N     the shop's own return window (default: each device's)
  --max-prompts N     stop after N prompts (default 50,000,000)
  --max-seconds N     stop after N seconds (default 600; 0 for no limit)
  --json              the report as JSON
  --help              show this help

Work that takes longer than 2 seconds reports its progress on stderr.`,
  simulate: `Usage: charge-troubleshooter simulate FILE [--device ID] [--purchase-date YYYY-MM-DD] [--today YYYY-MM-DD] [--runs N] [--noise N] [--skip-exact] [--max-seconds N]

For each device (or one), computes exactly over the outcome tree, under the device's priors:
expected minutes of the shopper's effort, expected prompts, the share of sessions ending right,
the share ending in each outcome, and the steps a shopper with each of the three likeliest causes
is led through.

Then simulated shoppers who answer the way real people do: for each device and cause, --runs
shoppers sample each answer from the knowledge base's likelihoods and each step's success from its
P(fix); the same shoppers meet the engine and the knowledge base's fixedOrder (its actions in order
when it has none). Reported side by side: sessions ending right, fixable faults escalated, hands-on
and waiting minutes; and again in --noise worlds where every probability is off by up to ±30 %.

Options:
  --device ID                 only this device
  --purchase-date YYYY-MM-DD  the purchase date to assume (default: 6 months before today)
  --today YYYY-MM-DD          the date to assume (default: today, in this computer's time zone)
  --runs N                    sampled shoppers per device and cause (default 300)
  --noise N                   perturbed worlds (default 3; 0 for none)
  --skip-exact                only the sampled shoppers: the exact expectation visits every path,
                              which grows with every question of a large knowledge base
  --max-seconds N             stop with exit 1 after N seconds (default 120; 0 for no limit)
  --help                      show this help

Work that takes longer than 2 seconds reports its progress on stderr.`,
  graph: `Usage: charge-troubleshooter graph FILE --device ID [--depth N] [--max-nodes N] [--purchase-date YYYY-MM-DD]

Prints the decision tree the engine follows for a device as Mermaid flowchart text: questions are
diamonds, actions boxes, results rounded; branches deeper than --depth end in "…".

Options:
  --device ID                 the device (required)
  --depth N                   how many prompts deep (default 6)
  --max-nodes N               exit 1 if the tree has more nodes (default 500, what Mermaid draws by default)
  --max-seconds N             stop with exit 1 after N seconds (default 120; 0 for no limit)
  --purchase-date YYYY-MM-DD  the purchase date to assume (default: 6 months before today)
  --today YYYY-MM-DD          the date to assume (default: today, in this computer's time zone)
  --help                      show this help`,
  learn: `Usage: charge-troubleshooter learn FILE [RECORDS...] [--rows ROWS]... (--out LEARNED.json | --dry-run) [options]

Re-estimates the knowledge base's probabilities from real sessions: each device's cause priors, each
step's P(fix | cause) and each question's P(answer | cause), by expectation-maximisation over the
hidden cause, with the knowledge base's own numbers as the prior. Safety is not learnable:
only probabilities change; the gate questions stay first, and every safety stop, forced step and
outcome stays as authored.

RECORDS are files of JSON lines, gzip or not (or "-", or stdin when none): outcome records as the
widget's ct-result event gives them (detail.record), one session each. Anyone can send one to a
collector, so a record with "count" or a verdict is set aside and counted (not believed, and not
stopping the run); its id counts once (a later record of an
abandoned session replaces it), and a path the engine could not have walked (a prompt twice, the
gates not first, a step after "fixed", a question the device never gets) is set aside and counted.
Rows (--rows) are sessions grouped in your own warehouse: "count" instead of "id", and the returns
desk's verdict ("confirmedCause": a cause id, or "noFaultFound": true) trusted as given. Lines are
UTF-8 (UTF-16 with a byte-order mark is read, with a warning) and up to 1 MiB each; a file given
twice is read once. A line that cannot be read stops it: each is listed as FILE:LINE, and nothing
is written.

Prints a report: sessions used and set aside, what changed by how much with a 90 % interval (the
numbers the records cannot pin down listed apart), the log-likelihood of held-out sessions (one in
ten) before and after, and what the engine will do differently: for each device its first steps and,
with simulated shoppers where the learned numbers are true and where the authored ones are, its
right endings, fixable faults handed over and minutes; then go or no-go, and why.

Options:
  --out FILE         write the learned knowledge base here (validated, same schema), whole or not
                     at all: a new file beside it, renamed over the old one; never one it reads
  --dry-run          print the report only
  --rows FILE        rows grouped in your warehouse (repeatable), trusted: the same fields as a
                     record with "count" instead of "id", a verdict allowed
  --labels FILE      the returns desk's verdicts by record id, JSON lines:
                     {"id": "…", "confirmedCause": "cable"} or {"id": "…", "noFaultFound": true}
  --max-share N      the most one device and path may weigh, as a share of the other sessions,
                     beyond 4 × what the knowledge base expects of it (default 0.01; 1 for no cap)
  --strength N       how many sessions the knowledge base's own numbers are worth (default 300):
                     a few hundred sessions nudge them, many thousands outweigh them
  --replicates N     bootstrap replicates behind the 90 % intervals (default 20; most of the time
                     is theirs; 0: the Beta posterior's interval, and only the weaker flags)
  --kb-version TEXT  the learned knowledge base's version (default: the old one + "+learned.SESSIONS")
  --top N            changes listed in the report (default 20)
  --skip-decisions   leave out what the engine will do differently (its simulated shoppers take
                     seconds)
  --today DATE       the day those shoppers are simulated on (default: today)
  --json             the report as JSON, every change included
  --max-bytes N      stop with exit 1 past N bytes of input, counted after inflating (default 1G;
                     K, M and G are 1,024s; 0 for no limit): a gzip bomb stops in seconds
  --max-seconds N    stop with exit 1 after N seconds (default 120; 0 for no limit)
  --help             show this help

Work that takes longer than 2 seconds reports its progress on stderr.`,
  report: `Usage: charge-troubleshooter report FILE [RECORDS...] [--rows FILE]... [--labels FILE] --out REPORT.html

Writes one self-contained HTML page (no script, nothing loaded from anywhere: open it, mail it,
print it) of how the troubleshooter does, from the outcome records a shop has logged: sessions and
outcomes over time (when the collector adds "receivedAt", an ISO 8601 timestamp), the share fixed
without contacting anyone, sessions left before the end (outcome "abandoned") apart and the prompt
they left at, which prompts lead to which outcomes, the fix rate of each step, escalations by the
cause the returns desk found (else by outcome), and the authored against the learned numbers
(learn on the same records) with their uncertainty.

RECORDS and --rows are read as learn reads them (JSON lines, gzip or not, "-" for stdin, the same
limits); a line that cannot be read stops it: each is listed as FILE:LINE, and nothing is written.
A session id counted once; an abandoned record is replaced by a later one of the same session.

Options:
  --out FILE        the HTML page (required), written whole or not at all; never a file it reads
  --rows FILE       rows grouped in a warehouse ("count" instead of "id"); may be given again
  --labels FILE     the returns desk's verdicts by record id, as for learn
  --max-bytes N     stop with exit 1 past N bytes of input after inflating (default 1G; 0 for no limit)
  --max-seconds N   stop with exit 1 after N seconds (default 120; 0 for no limit)
  --help            show this help`,
  walk: `Usage: charge-troubleshooter walk FILE --device ID

Runs a session in the terminal: type an answer's number, "b" to go back.

Options:
  --device ID   the device (required)
  --help        show this help`,
};
