// make lint-deploy:  node check.mjs schemas deploy/kubernetes.yml
//   every document against the Kubernetes OpenAPI schemas (the npm package kubernetes-models: types,
//   required fields, enums and formats; it does not report unknown fields), then what deploy/README.md
//   promises (probes, replicas, resources, names that must match between resources).
// make deploy-check: node check.mjs same deploy/kubernetes.yml backend/target/kubernetes/kubernetes.yml
//   the committed manifests say the same as the build's (compared as data: quarkus-kubernetes writes keys,
//   ports, env and envFrom in no fixed order).
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const [mode, file, other] = process.argv.slice(2);
const problems = [];
const fail = (where, message) => problems.push(`${where}: ${message}`);

function documents(path) {
  const parsed = parseAllDocuments(readFileSync(path, "utf8"));
  const docs = [];
  for (const doc of parsed) {
    if (doc.errors.length > 0) {
      doc.errors.forEach((e) => fail(path, `not YAML: ${e.message}`));
    } else if (doc.contents !== null) {
      docs.push(doc.toJS());
    }
  }
  return docs;
}

const label = (doc) => `${doc?.kind ?? "?"} ${doc?.metadata?.name ?? "?"}`;

// Resources of the CloudNativePG operator and its Barman Cloud plugin. Their CRDs are in no package that
// npm, Maven Central or Debian serve, so these are checked by hand: the fields that the manifests rely on.
const CUSTOM = {
  "postgresql.cnpg.io/v1 Cluster": (doc, where) => {
    const spec = doc.spec ?? {};
    if (!Number.isInteger(spec.instances) || spec.instances < 1) fail(where, "spec.instances must be a positive integer");
    if (typeof spec.storage?.size !== "string") fail(where, "spec.storage.size is missing");
    if (!/:\d+(\.\d+)?([-.].*)?$/.test(spec.imageName ?? "")) {
      fail(where, "spec.imageName needs a tag that starts with the PostgreSQL major version");
    }
    for (const plugin of spec.plugins ?? []) {
      if (typeof plugin.name !== "string") fail(where, "spec.plugins[].name is missing");
    }
  },
  "postgresql.cnpg.io/v1 ScheduledBackup": (doc, where) => {
    const spec = doc.spec ?? {};
    if (String(spec.schedule ?? "").trim().split(/\s+/).length !== 6) {
      fail(where, "spec.schedule must have six fields (seconds first)");
    }
    if (typeof spec.cluster?.name !== "string") fail(where, "spec.cluster.name is missing");
    if (!["barmanObjectStore", "volumeSnapshot", "plugin"].includes(spec.method ?? "barmanObjectStore")) {
      fail(where, `spec.method ${spec.method} is not one of barmanObjectStore, volumeSnapshot, plugin`);
    }
    if (spec.method === "plugin" && typeof spec.pluginConfiguration?.name !== "string") {
      fail(where, "spec.pluginConfiguration.name is missing");
    }
  },
  "barmancloud.cnpg.io/v1 ObjectStore": (doc, where) => {
    const spec = doc.spec ?? {};
    if (typeof spec.configuration?.destinationPath !== "string") fail(where, "spec.configuration.destinationPath is missing");
    if (spec.retentionPolicy !== undefined && !/^[1-9][0-9]*[dwm]$/.test(spec.retentionPolicy)) {
      fail(where, "spec.retentionPolicy must look like 30d, 4w or 3m");
    }
  },
};

async function againstSchema(doc, where) {
  if (typeof doc?.apiVersion !== "string" || typeof doc?.kind !== "string") {
    return fail(where, "apiVersion and kind are required");
  }
  const custom = CUSTOM[`${doc.apiVersion} ${doc.kind}`];
  if (custom) return custom(doc, where);
  const [group, version] = doc.apiVersion.includes("/") ? doc.apiVersion.split("/") : [null, doc.apiVersion];
  const module = `kubernetes-models/${group ? `${group}/` : ""}${version}/${doc.kind}`;
  let Model;
  try {
    Model = (await import(module))[doc.kind];
  } catch {
    return fail(where, `no schema for ${doc.apiVersion} ${doc.kind}`);
  }
  try {
    new Model(doc).validate();
  } catch (e) {
    fail(where, e.message);
  }
}

// quarkus-kubernetes writes an int-or-string as a string: the API server takes "25%" but refuses "1".
function intOrPercent(value, where, field) {
  if (value !== undefined && typeof value !== "number" && !/^\d+%$/.test(value)) {
    fail(where, `${field} must be a number or a percentage, not "${value}"`);
  }
}

function matches(selector, labels) {
  return Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
}

// What deploy/README.md says of the manifests, and the names that tie the resources together.
function promises(docs) {
  const find = (kind, name) => docs.find((d) => d.kind === kind && (!name || d.metadata?.name === name));
  const deployment = find("Deployment");
  if (!deployment) return fail("deploy", "no Deployment");
  const where = label(deployment);
  const pod = deployment.spec?.template;
  const container = pod?.spec?.containers?.[0] ?? {};
  if (!(deployment.spec?.replicas >= 2)) fail(where, "needs at least 2 replicas");
  if (!matches(deployment.spec?.selector?.matchLabels, pod?.metadata?.labels)) fail(where, "selector does not match the pod's labels");
  intOrPercent(deployment.spec?.strategy?.rollingUpdate?.maxSurge, where, "maxSurge");
  intOrPercent(deployment.spec?.strategy?.rollingUpdate?.maxUnavailable, where, "maxUnavailable");
  const management = container.ports?.find((p) => p.name === "management")?.containerPort;
  if (management !== 9000) fail(where, "the container needs the management port 9000");
  for (const [probe, path] of [["startupProbe", "/q/health/started"], ["readinessProbe", "/q/health/ready"], ["livenessProbe", "/q/health/live"]]) {
    const get = container[probe]?.httpGet;
    if (get?.path !== path || (get?.port !== 9000 && get?.port !== "management")) fail(where, `${probe} must ask ${path} on port 9000`);
  }
  for (const kind of ["requests", "limits"]) {
    for (const resource of ["cpu", "memory"]) {
      if (!container.resources?.[kind]?.[resource]) fail(where, `resources.${kind}.${resource} is missing`);
    }
  }
  const env = Object.fromEntries((container.env ?? []).map((e) => [e.name, e]));
  const cluster = find("Cluster");
  if (!cluster) {
    fail("deploy", "no CloudNativePG Cluster");
  } else {
    const db = cluster.metadata.name;
    if (cluster.spec.instances < 3) fail(label(cluster), "needs 3 instances");
    if (!/postgresql:17([.-]|$)/.test(cluster.spec.imageName)) fail(label(cluster), "must run PostgreSQL 17");
    if (!String(env.QUARKUS_DATASOURCE_JDBC_URL?.value).startsWith(`jdbc:postgresql://${db}-rw:5432/${cluster.spec.bootstrap?.initdb?.database}`)) {
      fail(where, `QUARKUS_DATASOURCE_JDBC_URL must name the service ${db}-rw and the Cluster's database`);
    }
    for (const name of ["QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"]) {
      if (env[name]?.valueFrom?.secretKeyRef?.name !== `${db}-app`) fail(where, `${name} must come from the secret ${db}-app`);
    }
    for (const plugin of cluster.spec.plugins ?? []) {
      const store = plugin.parameters?.barmanObjectName;
      if (store && !find("ObjectStore", store)) fail(label(cluster), `no ObjectStore ${store}`);
    }
    const backup = find("ScheduledBackup");
    if (!backup) fail("deploy", "no ScheduledBackup");
    else if (backup.spec.cluster?.name !== db) fail(label(backup), `must back up the Cluster ${db}`);
  }
  // the signing keys live in the database, sealed with one secret that every instance must share
  if (!env.HANDREIKING_AUTH_SIGNING_KEY_SECRET?.valueFrom?.secretKeyRef?.name) {
    fail(where, "HANDREIKING_AUTH_SIGNING_KEY_SECRET must come from a Secret");
  }
  for (const name of ["SMALLRYE_JWT_SIGN_KEY_LOCATION", "MP_JWT_VERIFY_PUBLICKEY_LOCATION"]) {
    if (env[name]) fail(where, `${name} would replace the keys in the database (that is the external identity provider's setting)`);
  }
  for (const ref of container.envFrom ?? []) {
    if (ref.configMapRef && !find("ConfigMap", ref.configMapRef.name)) fail(where, `no ConfigMap ${ref.configMapRef.name}`);
  }
  const pdb = find("PodDisruptionBudget");
  if (!pdb) fail("deploy", "no PodDisruptionBudget");
  else if (!matches(pdb.spec?.selector?.matchLabels, pod?.metadata?.labels)) fail(label(pdb), "selects no pod of the Deployment");
  const hpa = find("HorizontalPodAutoscaler");
  if (!hpa) fail("deploy", "no HorizontalPodAutoscaler");
  else {
    if (hpa.spec.scaleTargetRef?.kind !== "Deployment" || hpa.spec.scaleTargetRef?.name !== deployment.metadata.name) {
      fail(label(hpa), `must scale the Deployment ${deployment.metadata.name}`);
    }
    if (!(hpa.spec.minReplicas >= 2)) fail(label(hpa), "minReplicas must be at least 2");
  }
  const service = find("Service");
  if (service && !matches(service.spec?.selector, pod?.metadata?.labels)) fail(label(service), "selects no pod of the Deployment");
}

// Data in one order: keys sorted, lists of objects sorted (quarkus-kubernetes fills ports, env and envFrom
// from unordered sets), lists of plain values (command arguments) kept as they are; documents by kind and name.
function canonical(value) {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    const key = (i) => JSON.stringify(i);
    return items.every((i) => i && typeof i === "object") ? items.sort((a, b) => key(a).localeCompare(key(b))) : items;
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])]));
  }
  return value;
}

if (mode === "schemas" && file) {
  const docs = documents(file);
  for (const doc of docs) await againstSchema(doc, `${file}: ${label(doc)}`);
  promises(docs);
  if (problems.length === 0) console.log(`lint-deploy: ${docs.length} resources in ${file} are valid`);
} else if (mode === "same" && file && other) {
  const sorted = (path) => documents(path).map(canonical).sort((a, b) => label(a).localeCompare(label(b)));
  const [committed, built] = [sorted(file), sorted(other)];
  const text = (docs) => docs.map((d) => JSON.stringify(d));
  const [left, right] = [text(committed), text(built)];
  for (const doc of built) if (!left.includes(JSON.stringify(doc))) fail(file, `${label(doc)} differs from the build's or is missing`);
  for (const doc of committed) if (!right.includes(JSON.stringify(doc))) fail(file, `${label(doc)} is not what the build makes`);
  if (problems.length > 0) problems.push(`${file} is stale: run \`make deploy-update\` (it copies ${other})`);
  else console.log(`deploy-check: ${file} is what the build makes`);
} else {
  problems.push("usage: check.mjs schemas FILE | check.mjs same COMMITTED BUILT");
}
if (problems.length > 0) {
  problems.forEach((p) => console.error(p));
  process.exit(1);
}
