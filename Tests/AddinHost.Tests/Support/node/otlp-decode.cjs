// Decodes OTLP/HTTP protobuf request bodies (ExportTraceServiceRequest, ExportMetricsServiceRequest) to JSON, with the
// protobufjs code that @opentelemetry/otlp-transformer generated from the opentelemetry-proto .proto files: a reader
// independent of the .NET exporter that wrote them. Usage: node otlp-decode.cjs traces|metrics file...
// Prints one JSON document per file, one per line; ids as hex, enums as names.
const root = require('./node_modules/@opentelemetry/otlp-transformer/build/src/generated/root.js');
const fs = require('node:fs');
const v1 = root.opentelemetry.proto.collector;
const [kind, ...files] = process.argv.slice(2);
const type = kind === 'traces' ? v1.trace.v1.ExportTraceServiceRequest : v1.metrics.v1.ExportMetricsServiceRequest;
for (const file of files) {
  const message = type.decode(fs.readFileSync(file));
  const json = type.toObject(message, { longs: String, enums: String, bytes: String, defaults: false });
  process.stdout.write(JSON.stringify(json, (k, v) =>
    (k === 'traceId' || k === 'spanId' || k === 'parentSpanId') && typeof v === 'string'
      ? Buffer.from(v, 'base64').toString('hex') : v) + '\n');
}
