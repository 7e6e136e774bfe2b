// Which customers are key clients, by the source's own definition: each brings at least a
// set share of the income (10 %), and together the few bring most of the profit (70–80 %);
// with an ABC classification, the income's concentration (HHI) and warnings. The twin of
// hooks/rollguiden/engines/key_clients.py; tests/vectors/key_clients.json holds both to one
// definition. No DOM access.

const DEFAULT_KEY_INCOME_SHARE = 0.1;
const DEFAULT_ABC = [0.8, 0.95];
const CONCENTRATION_SHARE = 0.2; // a single client above it is a concentration risk
// the source: key clients together bring up to 70–80 % of the profit; below 70 %, a warning
const DEFAULT_KEY_SHARE_TARGET = 0.7;
const ROW_FIELDS = ["name", "income", "profit"];
const OPTION_FIELDS = ["key_income_share", "abc", "key_share_target"];

/**
 * The analysis of a customer list; throws an Error whose message starts with the row or
 * option that is wrong ("rows[3].income: …"), as key_clients.py words it.
 * @param {{name: string, income: number, profit?: number|null}[]} rows
 * @param {{key_income_share?: number, abc?: [number, number], key_share_target?: number}} [options]
 */
export function analyseClients(rows, options = {}) {
  const { keyShare, cutA, cutB, target } = parseOptions(options ?? {});
  const clients = parseRows(rows);
  const totalIncome = sum(clients.map((client) => client.income));
  if (totalIncome === 0) fail("rows", "den sammanlagda intäkten är 0, så andelar kan inte räknas");
  const withProfit = clients[0].profit !== null;
  const totalProfit = withProfit ? sum(clients.map((client) => client.profit)) : null;
  const measure = withProfit && totalProfit > 0 ? "profit" : "income";
  const totalMeasure = measure === "profit" ? totalProfit : totalIncome;

  // descending by the measure; the sort is stable, so ties keep the input order
  const ordered = [...clients].sort((a, b) => b[measure] - a[measure]);
  let running = 0;
  const resultClients = ordered.map((client) => {
    const before = running / totalMeasure;
    running += client[measure];
    const incomeShare = client.income / totalIncome;
    return {
      name: client.name,
      income: client.income,
      profit: client.profit,
      income_share: incomeShare,
      profit_share: measure === "profit" ? client.profit / totalProfit : null,
      cumulative_share: running / totalMeasure,
      class: before < cutA ? "A" : before < cutB ? "B" : "C",
      key: incomeShare >= keyShare,
    };
  });

  const keyClients = resultClients.filter((client) => client.key);
  const keyIncome = sum(keyClients.map((client) => client.income)) / totalIncome;
  const keyProfit = measure === "profit" ? sum(keyClients.map((client) => client.profit)) / totalProfit : null;
  return {
    clients: resultClients,
    measure,
    total_income: totalIncome,
    total_profit: totalProfit,
    key_count: keyClients.length,
    key_income_share: keyIncome,
    key_profit_share: keyProfit,
    hhi: sum(resultClients.map((client) => client.income_share ** 2)) * 10000,
    // reduce, not Math.max(...): a spread of 120 000 clients overflows the call stack
    top_share: resultClients.reduce((top, client) => Math.max(top, client.income_share), -Infinity),
    warnings: warningsFor(withProfit, measure, resultClients, keyClients, measure === "profit" ? keyProfit : keyIncome, target),
  };
}

/** What the reader should know, as codes with their figures; the page words them. */
function warningsFor(withProfit, measure, clients, keyClients, keyShare, target) {
  const warnings = [];
  if (withProfit && measure === "income") warnings.push({ code: "profit_not_positive" });
  for (const client of clients) {
    if (client.income_share > CONCENTRATION_SHARE) {
      warnings.push({ code: "concentration", name: client.name, share: client.income_share });
    }
  }
  if (!keyClients.length) warnings.push({ code: "no_key_clients" });
  else if (keyShare < target) warnings.push({ code: "key_share_below_target", measure, share: keyShare });
  return warnings;
}

function parseOptions(options) {
  if (typeof options !== "object" || Array.isArray(options)) fail("options", "ska vara ett objekt");
  for (const key of Object.keys(options)) {
    if (!OPTION_FIELDS.includes(key)) fail(`options.${key}`, "okänt fält");
  }
  const keyShare = options.key_income_share ?? DEFAULT_KEY_INCOME_SHARE;
  if (!isNumber(keyShare) || !(keyShare > 0 && keyShare <= 1)) {
    fail("options.key_income_share", "ska vara en andel större än 0 och högst 1");
  }
  const abc = options.abc ?? DEFAULT_ABC;
  if (!Array.isArray(abc) || abc.length !== 2 || !abc.every((cut) => isNumber(cut) && cut > 0 && cut <= 1)) {
    fail("options.abc", "ska vara två andelar, var och en större än 0 och högst 1");
  }
  if (!(abc[0] < abc[1])) fail("options.abc", "gränsen för A ska vara mindre än gränsen för B");
  const target = options.key_share_target ?? DEFAULT_KEY_SHARE_TARGET;
  if (!isNumber(target) || !(target > 0 && target <= 1)) {
    fail("options.key_share_target", "ska vara en andel större än 0 och högst 1");
  }
  return { keyShare, cutA: abc[0], cutB: abc[1], target };
}

function parseRows(rows) {
  if (!Array.isArray(rows) || !rows.length) fail("rows", "ska vara en lista med minst en kund");
  const clients = [];
  const seen = new Map();
  rows.forEach((row, index) => {
    const number = index + 1;
    const where = `rows[${number}]`;
    if (row === null || typeof row !== "object" || Array.isArray(row)) fail(where, "ska vara ett objekt");
    for (const key of Object.keys(row)) {
      if (!ROW_FIELDS.includes(key)) fail(`${where}.${key}`, "okänt fält");
    }
    if (typeof row.name !== "string" || !row.name.trim()) fail(`${where}.name`, "ska vara ett namn, inte tomt");
    const name = row.name.trim();
    if (seen.has(name)) fail(`${where}.name`, `samma namn som rad ${seen.get(name)}`);
    seen.set(name, number);
    if (row.income === undefined || row.income === null) fail(`${where}.income`, "fältet saknas men är obligatoriskt");
    if (!isNumber(row.income) || row.income < 0) fail(`${where}.income`, "ska vara ett tal som är 0 eller större");
    const profit = row.profit ?? null;
    if (profit !== null && !isNumber(profit)) fail(`${where}.profit`, "ska vara ett tal");
    // profit on every row or on none: each row is held to the first
    if (clients.length && (profit === null) !== (clients[0].profit === null)) {
      fail(`${where}.profit`, profit === null ? "saknas, men rad 1 har vinst" : "finns, men rad 1 saknar vinst");
    }
    clients.push({ name, income: row.income, profit });
  });
  return clients;
}

/** Summed in order, as Python's sum() does: both engines add the same numbers the same way. */
function sum(values) {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function isNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}

function fail(where, message) {
  throw new Error(`${where}: ${message}`);
}
