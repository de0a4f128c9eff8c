#include "BackupPlan.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::backup", text);
}

// A name from the file, short enough for a message however long the file made it.
QString shown(const QString &name)
{
    constexpr qsizetype limit = 60;
    return name.size() <= limit ? name : name.left(limit) + QChar(0x2026);
}

Error parseError(const QString &message)
{
    return Error(ErrorCode::Parse, tr("Not a usable Kith backup: %1").arg(message));
}

Error rowError(const TableInfo &table, qsizetype row, const QString &message)
{
    return parseError(tr("table “%1”, row %2: %3").arg(table.name).arg(row + 1).arg(message));
}

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true or false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

std::optional<qint64> exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // Qt keeps integral JSON numbers as 64-bit integers; toInteger() returns the fallback
    // for fractions and numbers out of range.
    const qint64 integer = value.toInteger(0);
    if (integer != 0 || value.toDouble() == 0.0)
        return integer;
    return std::nullopt;
}

// Why `value` cannot go into a column of `affinity`, or nothing when it can.
std::optional<QString> typeProblem(const QJsonValue &value, Affinity affinity)
{
    if (value.isNull())
        return std::nullopt;
    bool fits = false;
    QString expected;
    switch (affinity) {
    case Affinity::Integer:
        fits = exactInteger(value).has_value();
        expected = tr("an integer");
        break;
    case Affinity::Text:
        fits = value.isString();
        expected = tr("text");
        break;
    case Affinity::Blob:
        fits = decodeBlob(value).has_value();
        expected = tr("base64 data");
        break;
    case Affinity::Real:
        fits = value.isDouble();
        expected = tr("a number");
        break;
    case Affinity::Numeric:
        fits = value.isDouble() || value.isString();
        expected = tr("a number or text");
        break;
    }
    if (fits)
        return std::nullopt;
    return tr("expected %1 or null, found %2").arg(expected, kindOf(value));
}

// Why `value` cannot be a record's id, or nothing when it can. The search index numbers its
// rows id * 16 + a code (0002_search.sql), so an id beyond a sixteenth of SQLite's largest
// integer has no row there; Kith's own ids start at 1.
std::optional<QString> idProblem(const QJsonValue &value)
{
    constexpr qint64 maxId = std::numeric_limits<qint64>::max() / 16;
    const std::optional<qint64> id = exactInteger(value);
    if (!id || (*id >= 1 && *id <= maxId))
        return std::nullopt;
    return tr("an id must be from 1 to %1, found %2").arg(maxId).arg(*id);
}

// The line of `offset` in `json`, for messages about malformed documents.
int lineAt(const QByteArray &json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    return int(std::count(json.cbegin(), json.cbegin() + offset, '\n')) + 1;
}

Status checkHeader(const QJsonObject &root, int liveVersion, Summary &summary)
{
    if (root.value(QLatin1String("format")).toString() != QLatin1String("kith-backup"))
        return parseError(tr("the document does not say \"format\": \"kith-backup\"."));
    const std::optional<qint64> version = exactInteger(root.value(QLatin1String("version")));
    if (!version || *version < 1)
        return parseError(tr("\"version\" must be a positive integer."));
    if (*version > formatVersion) {
        return Error(ErrorCode::NewerSchema,
                     tr("The backup was written in format version %1 by a newer Kith; this "
                        "Kith reads version %2.")
                         .arg(*version)
                         .arg(formatVersion));
    }
    const std::optional<qint64> schema = exactInteger(root.value(QLatin1String("schema_version")));
    if (!schema || *schema < 1)
        return parseError(tr("\"schema_version\" must be a positive integer."));
    if (*schema > liveVersion) {
        return Error(ErrorCode::NewerSchema,
                     tr("The backup comes from a newer Kith (schema version %1; this database "
                        "is at version %2). Update Kith to restore it.")
                         .arg(*schema)
                         .arg(liveVersion));
    }
    summary.schemaVersion = int(*schema);
    summary.exportedAt = root.value(QLatin1String("exported_at")).toString();
    if (!root.value(QLatin1String("tables")).isObject())
        return parseError(tr("\"tables\" must be an object of tables."));
    return {};
}

Result<TablePlan> planTable(const TableInfo &table, const QJsonValue &value)
{
    if (!value.isArray())
        return parseError(tr("table “%1” must be a list of rows.").arg(table.name));
    TablePlan plan{&table, {}, value.toArray()};
    for (qsizetype r = 0; r < plan.rows.size(); ++r) {
        const QJsonValue rowValue = plan.rows.at(r);
        if (!rowValue.isObject())
            return rowError(table, r,
                            tr("a row must be an object, found %1.").arg(kindOf(rowValue)));
        const QJsonObject row = rowValue.toObject();
        if (r == 0) {
            for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
                const qsizetype column = table.columnIndex(it.key());
                if (column < 0)
                    return rowError(table, r, tr("unknown column “%1”.").arg(shown(it.key())));
                plan.columns.append(column);
            }
            std::sort(plan.columns.begin(), plan.columns.end());
        }
        for (const qsizetype column : std::as_const(plan.columns)) {
            const ColumnInfo &info = table.columns.at(column);
            const auto it = row.constFind(info.name);
            if (it == row.constEnd()) {
                return rowError(
                    table, r, tr("column “%1” is missing (the first row has it).").arg(info.name));
            }
            std::optional<QString> problem = typeProblem(it.value(), info.affinity);
            if (!problem && info.name == QLatin1String("id"))
                problem = idProblem(it.value());
            if (problem)
                return rowError(table, r, tr("column “%1”: %2.").arg(info.name, *problem));
        }
        if (row.size() != plan.columns.size()) {
            for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
                const qsizetype column = table.columnIndex(it.key());
                if (column < 0)
                    return rowError(table, r, tr("unknown column “%1”.").arg(shown(it.key())));
                if (!plan.columns.contains(column))
                    return rowError(table, r,
                                    tr("column “%1” is not in the first row.").arg(it.key()));
            }
        }
    }
    return plan;
}

} // namespace

std::optional<QByteArray> decodeBlob(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

Result<Plan> makePlan(const QByteArray &json, const QList<TableInfo> &live, int liveVersion)
{
    if (json.trimmed().isEmpty())
        return parseError(tr("the file is empty."));
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parsed);
    if (parsed.error != QJsonParseError::NoError) {
        return parseError(
            tr("line %1: %2.").arg(lineAt(json, parsed.offset)).arg(parsed.errorString()));
    }
    if (!document.isObject())
        return parseError(tr("the document must be a JSON object."));
    const QJsonObject root = document.object();
    Plan plan;
    if (Status status = checkHeader(root, liveVersion, plan.summary); !status)
        return status.error();

    const QJsonObject tables = root.value(QLatin1String("tables")).toObject();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
        const bool known = std::any_of(live.cbegin(), live.cend(),
                                       [&](const TableInfo &t) { return t.name == it.key(); });
        if (!known)
            return parseError(tr("unknown table “%1”.").arg(shown(it.key())));
    }
    for (const TableInfo &table : live) {
        const auto it = tables.constFind(table.name);
        if (it == tables.constEnd())
            continue;
        Result<TablePlan> tablePlan = planTable(table, it.value());
        if (!tablePlan)
            return tablePlan.error();
        if (tablePlan->rows.isEmpty())
            continue;
        plan.summary.rowsPerTable.append({table.name, tablePlan->rows.size()});
        plan.tables.append(std::move(*tablePlan));
    }
    return plan;
}

} // namespace kith::backup
