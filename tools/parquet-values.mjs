// Prints a Parquet file's columns as JSON {column: [values]}, so tools/identity.py can compare two files by
// value when their bytes may differ (a table that lost columns). Integers print as numbers when they are
// exact in a double, else as strings; NaN and nulls print as null.
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet'

const file = await asyncBufferFromFile(process.argv[2])
const rows = await parquetReadObjects({ file })
const columns = {}
for (const row of rows)
  for (const [name, value] of Object.entries(row)) (columns[name] ??= []).push(value)
const plain = (key, value) => typeof value === 'bigint'
  ? (Number.isSafeInteger(Number(value)) ? Number(value) : value.toString())
  : value instanceof Date ? value.toISOString() : value
process.stdout.write(JSON.stringify(columns, plain))
