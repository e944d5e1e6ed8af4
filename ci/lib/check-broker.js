// Checks that the Pact Broker answers its index (GET /) with the configured credentials. Reads everything from the
// environment, so no credential ever appears in a process list; prints no credential. Exit 0 reachable, 1 otherwise.
const base = (process.env.PACT_BROKER_BASE_URL || "").replace(/\/+$/, "");
const headers = { Accept: "application/hal+json, application/json" };
if (process.env.PACT_BROKER_TOKEN) {
  headers.Authorization = "Bearer " + process.env.PACT_BROKER_TOKEN;
} else if (process.env.PACT_BROKER_USERNAME) {
  headers.Authorization = "Basic " +
    Buffer.from(process.env.PACT_BROKER_USERNAME + ":" + (process.env.PACT_BROKER_PASSWORD || "")).toString("base64");
}
const timeoutMs = Number(process.env.PACT_BROKER_CHECK_TIMEOUT_MS || 10000);
fetch(base + "/", { headers, signal: AbortSignal.timeout(timeoutMs) })
  .then((res) => {
    if (res.status === 401 || res.status === 403) {
      console.error(`Pact Broker at ${base} refused the credentials (HTTP ${res.status}).`);
      process.exit(1);
    }
    if (!res.ok) {
      console.error(`Pact Broker at ${base} answered HTTP ${res.status} to GET /.`);
      process.exit(1);
    }
  })
  .catch((err) => {
    const cause = err.cause && (err.cause.code || err.cause.message) || err.name || err.message;
    console.error(`Pact Broker at ${base} is not reachable (${cause}).`);
    process.exit(1);
  });
